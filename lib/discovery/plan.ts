import type { MultiSearchQuery, SearchResponse } from "meilisearch";
import { MATCH_END, MATCH_START, toSegments, type Segment } from "./highlight";
import { quote } from "@/lib/core/rules";
import { FIXED_FACET_VALUES, type SearchQuery } from "./search-query";

export type FacetValue = {
  value: string;
  count: number;
  isSelected: boolean;
  /** what a place or a company page is called in each language (facet-names.ts) */
  names?: { zh: string; en: string };
};
export type Section<T> = {
  hits: T[];
  /** matches in all (exact up to 1 000) */
  total: number;
  nextCursor: string | null;
  facets: Record<string, FacetValue[]>;
};

/** The Meilisearch queries one kind of result needs, and how their answers become that section. */
export type Plan<T> = {
  queries: MultiSearchQuery[];
  assemble: (responses: SearchResponse<Record<string, unknown>>[]) => Promise<Section<T>>;
};

export const HIGHLIGHT = { highlightPreTag: MATCH_START, highlightPostTag: MATCH_END } as const;
const FACET_VALUES_SHOWN = 10;

/** `facet IN [values]` for the attribute facets picked (openToWork is a yes/no). */
export function attributeFilters(filters: SearchQuery["filters"], except: string[]): string[] {
  return Object.entries(filters)
    .filter(([facet]) => !except.includes(facet))
    .map(([facet, values]) =>
      facet === "openToWork" ? "openToWork = true" : `${facet} IN [${values.map(quote).join(", ")}]`,
    );
}

/**
 * Queries for the counts of facets a value is picked in: each counted without its own choice (picking 杭州
 * still shows how many are in 上海), and the queries that count computed facets (degree, date) by filter.
 */
export function facetCountQueries(
  base: MultiSearchQuery,
  filters: SearchQuery["filters"],
  attributeFacets: readonly string[],
  baseFilter: string[],
  otherFilters: (except: string) => string[],
) {
  return attributeFacets
    .filter((facet) => filters[facet]?.length)
    .map((facet) => ({
      facet,
      query: { ...base, filter: [...baseFilter, ...otherFilters(facet)], facets: [facet], hitsPerPage: 0 },
    }));
}

/** The values to show of a facet: the most frequent, and the picked ones whatever their count. */
export function facetValues(
  facet: string,
  distribution: Record<string, number> | undefined,
  picked: string[] = [],
): FacetValue[] {
  const fixed = FIXED_FACET_VALUES[facet]; // a yes/no facet offers "yes" only
  const counts = Object.entries(distribution ?? {})
    .filter(([value]) => !fixed || fixed.includes(value))
    .sort((a, b) => b[1] - a[1]);
  const shown = counts.slice(0, FACET_VALUES_SHOWN);
  for (const value of picked)
    if (!shown.some(([v]) => v === value)) shown.push([value, distribution?.[value] ?? 0]);
  return shown.map(([value, count]) => ({ value, count, isSelected: picked.includes(value) }));
}

/** A computed facet's values, counted by one query each (in FIXED_FACET_VALUES order). */
export function fixedFacetValues(
  facet: string,
  responses: SearchResponse<Record<string, unknown>>[],
  picked: string[] = [],
): FacetValue[] {
  return (FIXED_FACET_VALUES[facet] ?? []).map((value, i) => ({
    value,
    count: responses[i]?.totalHits ?? 0,
    isSelected: picked.includes(value),
  }));
}

export function nextCursorOf(response: SearchResponse<Record<string, unknown>>, page: number): string | null {
  return (response.totalPages ?? 0) > page ? String(page + 1) : null;
}

type Response = SearchResponse<Record<string, unknown>>;
export type Marked<R, K extends string> = R & { highlight: Record<K, Segment[]> };

/** The values of each attribute facet: from the main answer, or from its own count when a value is picked. */
export function attributeFacetValues(
  facets: readonly string[],
  counted: { facet: string }[],
  [main, ...rest]: Response[],
  filters: SearchQuery["filters"],
): Record<string, FacetValue[]> {
  return Object.fromEntries(
    facets.map((facet) => {
      const i = counted.findIndex((c) => c.facet === facet);
      return [
        facet,
        facetValues(facet, (i === -1 ? main : rest[i])?.facetDistribution?.[facet], filters[facet]),
      ];
    }),
  );
}

/**
 * The hits as the rows behind them are now (`hydrate` leaves out what is gone or no longer visible to the
 * viewer), each with its matches marked in these fields.
 */
export async function hydrateHits<R, K extends string>(
  hits: Record<string, unknown>[],
  hydrate: (ids: string[]) => Promise<Map<string, R>>,
  marked: readonly K[],
): Promise<Marked<R, K>[]> {
  const rows = await hydrate(hits.map((hit) => String(hit.id)));
  return hits.flatMap((hit) => {
    const row = rows.get(String(hit.id));
    if (row === undefined) return [];
    const formatted = (hit._formatted ?? {}) as Record<string, string | null | undefined>;
    const highlight = Object.fromEntries(marked.map((field) => [field, toSegments(formatted[field])]));
    return [{ ...row, highlight } as Marked<R, K>];
  });
}

/** One kind's section: the main answer's hits, hydrated and marked, its total and next page, and the facets. */
export async function sectionOf<R, K extends string>(
  response: Response,
  page: number,
  facets: Record<string, FacetValue[]>,
  hydrate: (ids: string[]) => Promise<Map<string, R>>,
  marked: readonly K[],
): Promise<Section<Marked<R, K>>> {
  return {
    hits: await hydrateHits(response.hits, hydrate, marked),
    total: response.totalHits ?? 0,
    nextCursor: nextCursorOf(response, page),
    facets,
  };
}
