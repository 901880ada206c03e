import "server-only";
import type { MultiSearchQuery } from "meilisearch";
import { db } from "@/lib/db";
import { imageUrl } from "@/lib/media/variants";
import type { SearchViewer } from "./find-people";
import type { Segment } from "./highlight";
import {
  attributeFacetValues,
  attributeFilters,
  facetCountQueries,
  HIGHLIGHT,
  sectionOf,
  type Plan,
} from "./plan";
import { FACETS, type SearchQuery } from "./search-query";

export type CompanyResult = {
  id: string;
  slug: string;
  nameZh: string | null;
  nameEn: string | null;
  tagline: string;
  industry: string | null;
  size: string | null;
  city: string | null;
  logo: string | null;
  followerCount: number;
  isVerified: boolean;
  highlight: { nameZh: Segment[]; nameEn: Segment[]; tagline: Segment[] };
};

export const COMPANY_MARKED = ["nameZh", "nameEn", "tagline"] as const;

/** Company pages matching the query (every page is public), with facets, a page at a time. */
export function planCompanies(_viewer: SearchViewer, query: SearchQuery, page: number): Plan<CompanyResult> {
  const { filters } = query;
  const otherFilters = (except: string) => attributeFilters(filters, [except]);
  const base: MultiSearchQuery = {
    indexUid: "companies",
    q: query.q,
    // every word: 产品经理 is not a tea company that sells 产品 (Meilisearch would drop words from the end)
    matchingStrategy: "all",
    attributesToRetrieve: ["id"],
  };
  const main: MultiSearchQuery = {
    ...base,
    filter: otherFilters(""),
    facets: FACETS.companies.filter((facet) => !filters[facet]?.length),
    page,
    hitsPerPage: query.limit,
    attributesToHighlight: [...COMPANY_MARKED],
    ...HIGHLIGHT,
    ...(query.sort === "recent" && { sort: ["createdAt:desc"] }),
  };
  const counted = facetCountQueries(base, filters, FACETS.companies, [], otherFilters);
  return {
    queries: [main, ...counted.map((c) => c.query)],
    assemble: async (responses) => {
      const facets = attributeFacetValues(FACETS.companies, counted, responses, filters);
      return sectionOf(responses[0]!, page, facets, hydrateCompanies, COMPANY_MARKED);
    },
  };
}

/** The pages behind these hits, as they are now (one deleted meanwhile is left out). */
export async function hydrateCompanies(ids: string[]) {
  const rows = await db.company.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      tagline: true,
      industry: true,
      size: true,
      city: true,
      logoKey: true,
      followerCount: true,
      verifiedAt: true,
    },
  });
  return new Map(
    rows.map(({ logoKey, verifiedAt, ...company }) => [
      company.id,
      { ...company, logo: logoKey ? imageUrl(logoKey, "sm") : null, isVerified: verifiedAt !== null },
    ]),
  );
}
