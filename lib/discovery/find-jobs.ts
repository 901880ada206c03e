import "server-only";
import type { MultiSearchQuery, SearchResponse } from "meilisearch";
import {
  COMPUTED_FACETS,
  DATE_SPANS,
  JOB_FACETS,
  JOB_FIXED_VALUES,
  type JobFacet,
  type JobFilters,
  type JobSearchQuery,
} from "@/lib/jobs/job-search-query";
import { facetValues, HIGHLIGHT, nextCursorOf, type FacetValue } from "./plan";
import { quote } from "@/lib/core/rules";

type Response = SearchResponse<Record<string, unknown>>;
export type JobHitPlan = {
  queries: MultiSearchQuery[];
  /** the page's hits (ids and marked titles), in order, with the facets counted */
  assemble: (responses: Response[]) => {
    hits: Record<string, unknown>[];
    total: number;
    nextCursor: string | null;
    facets: Record<string, FacetValue[]>;
  };
};

export const JOB_MARKED = ["title"] as const;

const ATTRIBUTE_FACETS = JOB_FACETS.filter(
  (facet) => !(COMPUTED_FACETS as readonly string[]).includes(facet),
) as Exclude<JobFacet, (typeof COMPUTED_FACETS)[number]>[];

/** The Meilisearch filter of one facet's picked values (any of them matches). */
export function facetFilter(facet: JobFacet, values: string[], now: number, networkCompanyIds: string[]) {
  if (facet === "date") {
    const span = Math.max(...values.map((v) => DATE_SPANS[v as keyof typeof DATE_SPANS]));
    return `publishedAt >= ${now - span}`;
  }
  if (facet === "network") return `companyId IN [${networkCompanyIds.map(quote).join(", ")}]`;
  return `${facet} IN [${values.map(quote).join(", ")}]`;
}

/**
 * The queries a page of /jobs needs: the hits with the attribute facets, a count per facet that has a value
 * picked (counted without its own choice, so picking 杭州 still shows 上海's count) and a count per value of
 * the computed facets (date posted, companies where the viewer has connections).
 */
export function planJobs(
  query: JobSearchQuery,
  page: number,
  networkCompanyIds: string[] | null,
  now = Date.now(),
): JobHitPlan {
  const { filters } = query;
  const picked = Object.entries(filters).filter(([, values]) => values?.length) as [JobFacet, string[]][];
  const filtersExcept = (except: JobFacet | null, extra: JobFilters = {}) =>
    [...picked.filter(([facet]) => facet !== except), ...Object.entries(extra)].map(([facet, values]) =>
      facetFilter(facet as JobFacet, values!, now, networkCompanyIds ?? []),
    );
  const base: MultiSearchQuery = { indexUid: "jobs", q: query.q, attributesToRetrieve: ["id"] };
  const main: MultiSearchQuery = {
    ...base,
    filter: filtersExcept(null),
    facets: ATTRIBUTE_FACETS.filter((facet) => !filters[facet]?.length),
    page,
    hitsPerPage: query.limit,
    attributesToHighlight: [...JOB_MARKED],
    ...HIGHLIGHT,
    // with nothing typed, relevance means nothing: the newest first
    ...((query.sort === "recent" || !query.q) && { sort: ["publishedAt:desc"] }),
  };
  const attributeCounts = ATTRIBUTE_FACETS.filter((facet) => filters[facet]?.length).map((facet) => ({
    facet,
    query: { ...base, filter: filtersExcept(facet), facets: [facet], hitsPerPage: 0 },
  }));
  const computed = COMPUTED_FACETS.filter((facet) => facet !== "network" || networkCompanyIds !== null);
  const valueCounts = computed.flatMap((facet) =>
    JOB_FIXED_VALUES[facet]!.map((value) => ({
      facet,
      value,
      query: { ...base, filter: filtersExcept(facet, { [facet]: [value] }), hitsPerPage: 0 },
    })),
  );
  return {
    queries: [main, ...attributeCounts.map((c) => c.query), ...valueCounts.map((c) => c.query)],
    assemble: ([response, ...rest]) => {
      const facets: Record<string, FacetValue[]> = {};
      for (const facet of ATTRIBUTE_FACETS) {
        const i = attributeCounts.findIndex((c) => c.facet === facet);
        const distribution = (i === -1 ? response : rest[i])?.facetDistribution?.[facet];
        facets[facet] = facetValues(facet, distribution, filters[facet]);
      }
      valueCounts.forEach(({ facet, value }, i) => {
        (facets[facet] ??= []).push({
          value,
          count: rest[attributeCounts.length + i]?.totalHits ?? 0,
          isSelected: !!filters[facet]?.includes(value),
        });
      });
      return {
        hits: response!.hits,
        total: response!.totalHits ?? 0,
        nextCursor: nextCursorOf(response!, page),
        facets,
      };
    },
  };
}
