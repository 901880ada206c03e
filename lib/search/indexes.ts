import type { Settings } from "meilisearch";

/** Index settings are code: applied at start by the worker (see apply-index-settings.ts). */
export const INDEXES = {
  people: {
    primaryKey: "id",
    settings: {
      // ranked: a match in the name beats one in the headline, which beats one in the about text
      searchableAttributes: [
        "name",
        "handle",
        "headline",
        "currentTitle",
        "skills",
        "titles",
        "companies",
        "schools",
        "city",
        "region",
        "countryNames",
        "openToWorkTitles",
        "about",
      ],
      // id: to leave out members the viewer blocked or was blocked by
      filterableAttributes: [
        "id",
        "industry",
        "country",
        "city",
        "skills",
        "companies",
        "schools",
        "openToWork",
      ],
      sortableAttributes: ["joinedAt"],
      typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    } satisfies Settings,
  },
  // public posts and published articles only (connections-only posts never reach the index)
  posts: {
    primaryKey: "id",
    settings: {
      searchableAttributes: ["title", "hashtags", "text", "authorName", "authorHandle"],
      filterableAttributes: ["authorId", "hashtags", "kind", "createdAt"],
      sortableAttributes: ["createdAt"],
      typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    } satisfies Settings,
  },
  companies: {
    primaryKey: "id",
    settings: {
      searchableAttributes: [
        "nameZh",
        "nameEn",
        "slug",
        "tagline",
        "specialties",
        "products",
        "cities",
        "industry",
      ],
      filterableAttributes: ["id", "industry", "size", "type", "cities", "countries", "isVerified"],
      sortableAttributes: ["followerCount"],
      typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    } satisfies Settings,
  },
} as const;

export type IndexName = keyof typeof INDEXES;
