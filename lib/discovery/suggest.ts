import "server-only";
import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import { z } from "zod";
import type { Viewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { db } from "@/lib/db";
import { search } from "@/lib/search/client";
import { searchInPostgres } from "./fallback";
import { COMPANY_MARKED, hydrateCompanies, type CompanyResult } from "./find-companies";
import { finderOf, hydratePeople, NO_DOCUMENT, PERSON_MARKED, type PersonResult } from "./find-people";
import { MATCH_END, MATCH_START, toSegments, type Segment } from "./highlight";
import { degreeFilter } from "./people-filter";
import { findablePeopleFilter } from "@/lib/profiles/findability";
import { HIGHLIGHT, hydrateHits } from "./plan";
import { searchViewerOf } from "./search";

export const SuggestQuerySchema = z.object({
  q: z.string().trim().max(100, "search.queryTooLong").default(""),
});

export type HashtagSuggestion = { name: string; postCount: number; highlight: Segment[] };
export type Suggestions = {
  q: string;
  people: PersonResult[];
  companies: CompanyResult[];
  hashtags: HashtagSuggestion[];
  processingTimeMs: number;
  /** Meilisearch could not answer: PostgreSQL did, by the words as typed */
  isDegraded: boolean;
};

const LIMITS = { people: 5, companies: 3, hashtags: 3 };

/**
 * The header's typeahead: the top people (the viewer's network first), companies and hashtags for what has been
 * typed so far — the last word counts as a prefix (张聪 finds 张聪聪). One multi-search and one facet search,
 * side by side; the people and pages found are checked again in PostgreSQL as on the search page.
 */
export async function suggest(
  viewer: Pick<Viewer, "id"> | null,
  input: unknown,
  client: Meilisearch = search(),
): Promise<Suggestions> {
  const started = performance.now();
  const { q } = parseInput(SuggestQuerySchema, input);
  const empty: Suggestions = {
    q,
    people: [],
    companies: [],
    hashtags: [],
    processingTimeMs: 0,
    isDegraded: false,
  };
  if (!q) return empty;
  const searchViewer = await searchViewerOf(viewer);
  const findable = findablePeopleFilter(finderOf(searchViewer)) ?? [NO_DOCUMENT];
  const people: MultiSearchQuery = {
    indexUid: "people",
    q,
    filter: findable,
    limit: LIMITS.people,
    attributesToRetrieve: ["id"],
    attributesToHighlight: [...PERSON_MARKED],
    ...HIGHLIGHT,
    showRankingScore: true,
  };
  const network: MultiSearchQuery[] = searchViewer?.connectionIds.length
    ? [
        {
          ...people,
          filter: [...findable, degreeFilter(searchViewer.id, searchViewer.connectionIds, [1, 2])],
        },
      ]
    : [];
  const companies: MultiSearchQuery = {
    indexUid: "companies",
    q,
    limit: LIMITS.companies,
    attributesToRetrieve: ["id"],
    attributesToHighlight: [...COMPANY_MARKED],
    ...HIGHLIGHT,
  };
  const hashtag = q.replace(/^#/, "");
  try {
    const [{ results }, tags] = await Promise.all([
      client.multiSearch({ queries: [...network, people, companies] }),
      hashtag
        ? client.index("posts").searchForFacetValues({ facetName: "hashtags", facetQuery: hashtag })
        : null,
    ]);
    const [networkHits, everyoneHits] = network.length
      ? [results[0]!.hits, results[1]!.hits]
      : [[], results[0]!.hits];
    const peopleHits = networkFirst(networkHits, everyoneHits);
    const [foundPeople, foundCompanies] = await Promise.all([
      hydrateHits(
        peopleHits.slice(0, LIMITS.people),
        (ids) => hydratePeople(searchViewer, ids),
        PERSON_MARKED,
      ),
      hydrateHits(results.at(-1)!.hits, hydrateCompanies, COMPANY_MARKED),
    ]);
    return {
      ...empty,
      people: foundPeople,
      companies: foundCompanies,
      hashtags: (tags?.facetHits ?? []).slice(0, LIMITS.hashtags).map((hit) => ({
        name: hit.value,
        postCount: hit.count,
        highlight: toSegments(markPrefix(hit.value, hashtag)),
      })),
      processingTimeMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    log.warn({ err: error }, "typeahead fell back to PostgreSQL");
  }
  const query = { q, type: "people", filters: {}, sort: "relevance", limit: LIMITS.people } as const;
  const [fallbackPeople, fallbackCompanies, hashtags] = await Promise.all([
    searchInPostgres("people", searchViewer, query, 1),
    searchInPostgres("companies", searchViewer, { ...query, limit: LIMITS.companies }, 1),
    hashtag
      ? db.hashtag.findMany({
          where: { name: { startsWith: hashtag.toLowerCase() } },
          select: { name: true, _count: { select: { posts: true } } },
          orderBy: { posts: { _count: "desc" } },
          take: LIMITS.hashtags,
        })
      : [],
  ]);
  return {
    ...empty,
    people: fallbackPeople.hits,
    companies: fallbackCompanies.hits,
    hashtags: hashtags.map((tag) => ({
      name: tag.name,
      postCount: tag._count.posts,
      highlight: toSegments(markPrefix(tag.name, hashtag)),
    })),
    isDegraded: true,
    processingTimeMs: Math.round(performance.now() - started),
  };
}

/** How much closer a match a person outside the viewer's network must be to come before one inside it. */
const NETWORK_LEAD = 0.1;

/**
 * The viewer's network first, but not before a much better match: Anna Schmidt, typed in full, comes before
 * connections who merely share a letter or two with "Anna" (Meilisearch's ranking scores, 0–1).
 */
export function networkFirst<H extends { id?: unknown; _rankingScore?: number }>(
  networkHits: H[],
  everyoneHits: H[],
): H[] {
  const inNetwork = new Set(networkHits.map((hit) => String(hit.id)));
  const lead = (hit: H) => (hit._rankingScore ?? 0) + (inNetwork.has(String(hit.id)) ? NETWORK_LEAD : 0);
  const everyone = everyoneHits.filter((hit) => !inNetwork.has(String(hit.id)));
  // a stable sort keeps Meilisearch's order among equals, the network's first
  return [...networkHits, ...everyone].sort((a, b) => lead(b) - lead(a));
}

/** The hashtag with the typed text marked where it begins (facet search matches by prefix). */
function markPrefix(value: string, typed: string): string {
  const at = value.toLowerCase().indexOf(typed.toLowerCase());
  if (at === -1) return value;
  const end = at + typed.length;
  return `${value.slice(0, at)}${MATCH_START}${value.slice(at, end)}${MATCH_END}${value.slice(end)}`;
}
