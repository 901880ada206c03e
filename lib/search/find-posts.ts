import "server-only";
import type { MultiSearchQuery } from "meilisearch";
import { db } from "@/lib/db";
import { imageUrl } from "@/lib/media/variants";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/network/person";
import type { SearchViewer } from "./find-people";
import type { Segment } from "./highlight";
import { quote } from "./people-filter";
import {
  attributeFacetValues,
  attributeFilters,
  facetCountQueries,
  fixedFacetValues,
  HIGHLIGHT,
  sectionOf,
  type Plan,
} from "./plan";
import { FACETS, FIXED_FACET_VALUES, type SearchQuery } from "./search-query";

export type PostResult = {
  id: string;
  kind: "post" | "article";
  createdAt: string;
  author: Person;
  company: { slug: string; nameZh: string | null; nameEn: string | null; logo: string | null } | null;
  article: { slug: string; title: string } | null;
  reactionCount: number;
  commentCount: number;
  highlight: { title: Segment[]; text: Segment[] };
};

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_RANGES_MS: Record<string, number> = { day: DAY_MS, week: 7 * DAY_MS, month: 30 * DAY_MS };
const ATTRIBUTE_FACETS = FACETS.posts.filter((facet) => facet !== "date");

/** Public posts and articles matching the query, less those of members blocked either way, a page at a time. */
export function planPosts(viewer: SearchViewer, query: SearchQuery, page: number): Plan<PostResult> {
  const { filters } = query;
  const now = Date.now();
  const baseFilter = viewer?.blockedIds.length
    ? [`authorId NOT IN [${viewer.blockedIds.map(quote).join(", ")}]`]
    : [];
  const dateClause = (ranges: string[]) =>
    ranges.length
      ? [`createdAt >= ${now - Math.max(...ranges.map((range) => DATE_RANGES_MS[range] ?? 0))}`]
      : [];
  const otherFilters = (except: string) => [
    ...attributeFilters(filters, ["date", except]),
    ...dateClause(except === "date" ? [] : (filters.date ?? [])),
  ];
  const base: MultiSearchQuery = { indexUid: "posts", q: query.q, attributesToRetrieve: ["id"] };
  const main: MultiSearchQuery = {
    ...base,
    filter: [...baseFilter, ...otherFilters("")],
    facets: ATTRIBUTE_FACETS.filter((facet) => !filters[facet]?.length),
    page,
    hitsPerPage: query.limit,
    attributesToHighlight: ["title", "text"],
    attributesToCrop: ["text"],
    cropLength: 40,
    ...HIGHLIGHT,
    ...(query.sort === "recent" && { sort: ["createdAt:desc"] }),
  };
  const counted = facetCountQueries(base, filters, ATTRIBUTE_FACETS, baseFilter, otherFilters);
  const dateQueries = FIXED_FACET_VALUES.date!.map((range) => ({
    ...base,
    filter: [...baseFilter, ...otherFilters("date"), ...dateClause([range])],
    hitsPerPage: 0,
  }));
  return {
    queries: [main, ...counted.map((c) => c.query), ...dateQueries],
    assemble: async (responses) => {
      const facets = {
        date: fixedFacetValues("date", responses.slice(1 + counted.length), filters.date),
        ...attributeFacetValues(ATTRIBUTE_FACETS, counted, responses, filters),
      };
      const hydrate = (ids: string[]) => hydratePosts(viewer, ids);
      return sectionOf(responses[0]!, page, facets, hydrate, ["title", "text"]);
    },
  };
}

/**
 * The posts behind these hits, as they are now: still there, still public (connections-only posts never reach
 * the index, and one made so since is left out here), not by a member blocked either way.
 */
export async function hydratePosts(viewer: SearchViewer, ids: string[]) {
  const rows = await db.post.findMany({
    where: {
      id: { in: ids },
      deletedAt: null,
      audience: "anyone",
      ...(viewer?.blockedIds.length && { authorId: { notIn: viewer.blockedIds } }),
    },
    select: {
      id: true,
      kind: true,
      createdAt: true,
      reactionCount: true,
      commentCount: true,
      author: { select: PERSON_SELECT },
      company: { select: { slug: true, nameZh: true, nameEn: true, logoKey: true } },
      article: { select: { slug: true, title: true, status: true } },
    },
  });
  return new Map(
    rows
      .filter((row) => row.kind !== "article" || row.article?.status === "published")
      .map((row) => [
        row.id,
        {
          id: row.id,
          kind: row.kind as "post" | "article",
          createdAt: row.createdAt.toISOString(),
          author: toPerson(row.author),
          company: row.company && {
            slug: row.company.slug,
            nameZh: row.company.nameZh,
            nameEn: row.company.nameEn,
            logo: row.company.logoKey ? imageUrl(row.company.logoKey, "sm") : null,
          },
          article: row.article && { slug: row.article.slug, title: row.article.title },
          reactionCount: row.reactionCount,
          commentCount: row.commentCount,
        },
      ]),
  );
}
