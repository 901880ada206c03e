import { JOB_FACETS, type JobFilters } from "./job-search-query";

/** The whole state of /jobs, which its URL holds: /jobs?q=前端&city=杭州&workplace=remote&sort=recent&page=2 */
export type JobSearchState = {
  q: string;
  filters: JobFilters;
  sort: "relevance" | "recent";
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const all = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

/** The state in a URL's parameters (the search validates the values: anything odd is its to refuse). */
export function jobSearchStateOf(params: Params): JobSearchState {
  const filters = Object.fromEntries(
    JOB_FACETS.map((facet) => [facet, all(params[facet])] as const).filter(([, values]) => values.length),
  );
  const page = Number(first(params.page) ?? 1);
  return {
    q: first(params.q)?.slice(0, 300) ?? "",
    filters,
    sort: first(params.sort) === "recent" ? "recent" : "relevance",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export const jobSearchInputOf = (state: JobSearchState) => ({
  q: state.q,
  filters: state.filters,
  sort: state.sort,
  cursor: state.page > 1 ? String(state.page) : undefined,
});

/** The URL of this state changed so (a new query, filter or sort starts again at page 1). */
export function jobSearchHref(state: JobSearchState, change: Partial<JobSearchState> = {}): string {
  const next = { ...state, ...change };
  if (!("page" in change)) next.page = 1;
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  for (const [facet, values] of Object.entries(next.filters))
    for (const value of values ?? []) params.append(facet, value);
  if (next.sort !== "relevance") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/jobs?${query}` : "/jobs";
}
