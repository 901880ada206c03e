import "server-only";
import type { Meilisearch, SearchResponse } from "meilisearch";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { blockedEitherWay } from "@/lib/core/blocks";
import { parseInput } from "@/lib/validation";
import { search } from "@/lib/search/client";
import { withCompanyKeys } from "@/lib/profiles/company-keys";
import { searchInPostgres } from "./fallback";
import { withFacetNames } from "./facet-names";
import { planCompanies, type CompanyResult } from "./find-companies";
import { planPeople, type PersonResult, type SearchViewer } from "./find-people";
import { planPosts, type PostResult } from "./find-posts";
import type { Plan, Section } from "./plan";
import {
  pageOf,
  SearchQuerySchema,
  type ResultType,
  type SearchQuery,
  type SearchType,
} from "./search-query";

export type SearchResults = {
  q: string;
  type: SearchType;
  people: Section<PersonResult> | null;
  companies: Section<CompanyResult> | null;
  posts: Section<PostResult> | null;
  /** from the request to the answer, in milliseconds (Meilisearch's own share is less) */
  processingTimeMs: number;
  /** Meilisearch could not answer: PostgreSQL did, by the words as typed */
  isDegraded: boolean;
};

const PLANNERS = { people: planPeople, companies: planCompanies, posts: planPosts } satisfies Record<
  ResultType,
  (viewer: SearchViewer, query: SearchQuery, page: number) => Plan<unknown>
>;
const ALL_TYPES: ResultType[] = ["people", "companies", "posts"];
/** "All" shows a few of each kind, with no facets. */
const ALL_LIMIT = 3;

/** Who the viewer is to search: who they blocked or were blocked by, and their connections (for degrees). */
export async function searchViewerOf(viewer: Pick<Viewer, "id"> | null): Promise<SearchViewer> {
  if (!viewer) return null;
  const [blockedIds, connections] = await Promise.all([
    blockedEitherWay(viewer.id),
    db.connection.findMany({ where: { userId: viewer.id }, select: { otherId: true } }),
  ]);
  return { id: viewer.id, blockedIds, connectionIds: connections.map((c) => c.otherId) };
}

/**
 * One search over people, companies and posts (or one of them, with facets, sorts and pages), as this viewer
 * may see them: Meilisearch answers all of it in one request; when it can't, PostgreSQL does.
 */
export async function searchEverything(
  viewer: Pick<Viewer, "id"> | null,
  input: unknown,
  client: Meilisearch = search(),
): Promise<SearchResults> {
  const started = performance.now();
  const parsed = parseInput(SearchQuerySchema, input);
  const page = pageOf(parsed.cursor);
  const isAll = parsed.type === "all";
  const query: SearchQuery = isAll
    ? { ...parsed, filters: {}, limit: ALL_LIMIT }
    : { ...parsed, filters: await withCompanyKeys(parsed.filters) };
  const types: ResultType[] = isAll ? ALL_TYPES : [parsed.type as ResultType];
  const results: SearchResults = {
    q: query.q,
    type: parsed.type,
    people: null,
    companies: null,
    posts: null,
    processingTimeMs: 0,
    isDegraded: false,
  };
  if (isAll && !query.q) return results; // nothing asked yet
  const searchViewer = await searchViewerOf(viewer);
  const plans = types.map((type) => [type, PLANNERS[type](searchViewer, query, page)] as const);
  let responses: SearchResponse<Record<string, unknown>>[] | undefined;
  try {
    ({ results: responses } = await client.multiSearch({
      queries: plans.flatMap(([, plan]) => plan.queries),
    }));
  } catch (error) {
    if (error instanceof AppError) throw error;
    log.warn({ err: error }, "search fell back to PostgreSQL");
  }
  let offset = 0;
  for (const [type, plan] of plans) {
    const own = responses?.slice(offset, (offset += plan.queries.length));
    const section = own ? await plan.assemble(own) : await searchInPostgres(type, searchViewer, query, page);
    Object.assign(results, { [type]: { ...section, facets: await withFacetNames(section.facets) } });
  }
  results.isDegraded = !responses;
  results.processingTimeMs = Math.round(performance.now() - started);
  return results;
}
