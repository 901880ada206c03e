import { FACETS, SEARCH_TYPES, type ResultType, type SearchType } from "./search-query";

/** The whole state of /search, which its URL holds: /search?q=pm&type=people&city=杭州&degree=2&sort=recent&page=2 */
export type SearchState = {
  q: string;
  type: SearchType;
  filters: Record<string, string[]>;
  sort: "relevance" | "recent";
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const all = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

/** The state in a URL's parameters (what the search validates: anything odd is its to refuse). */
export function searchStateOf(params: Params): SearchState {
  const rawType = first(params.type) ?? "all";
  const type = (SEARCH_TYPES as readonly string[]).includes(rawType) ? (rawType as SearchType) : "all";
  const facets: readonly string[] = type === "all" ? [] : FACETS[type as ResultType];
  const filters = Object.fromEntries(
    facets.map((facet) => [facet, all(params[facet])] as const).filter(([, values]) => values.length),
  );
  const page = Number(first(params.page) ?? 1);
  return {
    q: first(params.q)?.slice(0, 300) ?? "",
    type,
    filters,
    sort: first(params.sort) === "recent" ? "recent" : "relevance",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The input of searchEverything for this state. */
export const searchInputOf = (state: SearchState) => ({
  q: state.q,
  type: state.type,
  filters: state.filters,
  sort: state.sort,
  cursor: state.page > 1 ? String(state.page) : undefined,
});

/** The URL of this state changed so (a new type, sort or filter starts again at page 1). */
export function searchHref(state: SearchState, change: Partial<SearchState> = {}): string {
  const next = { ...state, ...change };
  if (!("page" in change)) next.page = 1;
  if (next.type !== state.type) next.filters = {};
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.type !== "all") params.set("type", next.type);
  for (const [facet, values] of Object.entries(next.filters))
    for (const value of values) params.append(facet, value);
  if (next.sort !== "relevance") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}

/** The filters with this value of this facet picked or, when it was, let go. */
export function toggledFilters(
  filters: Record<string, string[] | undefined>,
  facet: string,
  value: string,
): Record<string, string[]> {
  const values = filters[facet] ?? [];
  const changed = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  const rest = Object.fromEntries(
    Object.entries(filters).filter(
      (entry): entry is [string, string[]] => entry[0] !== facet && !!entry[1]?.length,
    ),
  );
  return changed.length ? { ...rest, [facet]: changed } : rest;
}

/** The parameters of a page's URL, for a search box to keep while the query changes. */
export const keptParams = (href: string): [string, string][] => [
  ...new URLSearchParams(href.split("?")[1] ?? "").entries(),
];
