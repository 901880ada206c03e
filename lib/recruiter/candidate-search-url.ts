import { ATTRIBUTE_FILTERS, type CandidateFilters } from "./search-candidates";

/** The whole state of /recruiter, which its URL holds: /recruiter?q=…&city=杭州&experience=3-5&page=2 */
export type CandidateSearchState = { q: string; filters: CandidateFilters; page: number };

const FILTERS = [...ATTRIBUTE_FILTERS, "degree", "experience", "openToWork"] as const;
type Params = Record<string, string | string[] | undefined>;
const all = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function candidateSearchStateOf(params: Params): CandidateSearchState {
  const filters = Object.fromEntries(
    FILTERS.map((name) => [name, all(params[name]).filter(Boolean)] as const).filter(
      ([, values]) => values.length,
    ),
  ) as CandidateFilters;
  const page = Number(first(params.page) ?? 1);
  return {
    q: first(params.q)?.slice(0, 600) ?? "",
    filters,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export const candidateSearchInputOf = (state: CandidateSearchState) => ({
  q: state.q,
  filters: state.filters,
  cursor: state.page > 1 ? String(state.page) : undefined,
});

export function candidateSearchHref(state: CandidateSearchState, change: Partial<CandidateSearchState> = {}) {
  const next = { ...state, ...change };
  if (!("page" in change)) next.page = 1;
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  for (const [name, values] of Object.entries(next.filters))
    for (const value of (values as string[] | undefined) ?? []) params.append(name, value);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/recruiter?${query}` : "/recruiter";
}
