import type { Settings } from "meilisearch";

/** Index settings are code: applied at start by the worker (see apply-index-settings.ts). */
export const INDEXES = {
  people: {
    primaryKey: "id",
    settings: {
      searchableAttributes: ["name"],
      filterableAttributes: [],
      sortableAttributes: ["joinedAt"],
      typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    } satisfies Settings,
  },
} as const;

export type IndexName = keyof typeof INDEXES;
