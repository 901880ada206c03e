import "server-only";
import type { MultiSearchQuery } from "meilisearch";
import type { Visibility } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { imageUrl } from "@/lib/media/variants";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { finderOf, NO_DOCUMENT, type SearchViewer } from "./find-people";
import type { Segment } from "./highlight";
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
import { publicPostsWhere, visiblePostsFilter, visiblePostsWhere } from "@/lib/feed/post-visibility";
import { findableAuthorsFilter, isFindable } from "@/lib/profiles/findability";

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

const TEXT_ATTRIBUTES = ["title", "hashtags", "text", "segmented"];
const NAME_ATTRIBUTES = ["authorNameForEveryone", "authorNameForMembers"];

/**
 * Which of a post's fields the viewer's words are looked for in: its own text always, its author's name only
 * where the author may be found by the viewer (visitors: by everyone; members: by members too). Authors found
 * by their connections only, or by nobody (only_me), are never found by name here.
 */
const searchedAttributes = (viewer: SearchViewer) =>
  viewer ? [...TEXT_ATTRIBUTES, ...NAME_ATTRIBUTES] : [...TEXT_ATTRIBUTES, "authorNameForEveryone"];

/** Public posts and articles matching the query, less those of members blocked either way, a page at a time. */
export function planPosts(viewer: SearchViewer, query: SearchQuery, page: number): Plan<PostResult> {
  const { filters } = query;
  const now = Date.now();
  const isByAuthor = !!filters.authorName?.length;
  const baseFilter = [
    ...(visiblePostsFilter(finderOf(viewer)) ?? [NO_DOCUMENT]),
    // picking posts by their author's name is finding the author
    ...(isByAuthor ? (findableAuthorsFilter(finderOf(viewer)) ?? [NO_DOCUMENT]) : []),
  ];
  const dateClause = (ranges: string[]) =>
    ranges.length
      ? [`createdAt >= ${now - Math.max(...ranges.map((range) => DATE_RANGES_MS[range] ?? 0))}`]
      : [];
  const otherFilters = (except: string) => [
    ...attributeFilters(filters, ["date", except]),
    ...dateClause(except === "date" ? [] : (filters.date ?? [])),
  ];
  const base: MultiSearchQuery = {
    indexUid: "posts",
    q: query.q,
    attributesToSearchOn: searchedAttributes(viewer),
    attributesToRetrieve: ["id"],
  };
  const main: MultiSearchQuery = {
    ...base,
    filter: [...baseFilter, ...otherFilters("")],
    facets: ATTRIBUTE_FACETS.filter((facet) => !filters[facet]?.length),
    page,
    hitsPerPage: query.limit,
    attributesToHighlight: ["title", "text"],
    attributesToCrop: ["text"],
    cropLength: 40,
    showMatchesPosition: true,
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
      const main = responses[0]!;
      // what the index said about the author may be older than the author's choice: checked again below
      const foundByName = new Set(
        main.hits.filter((hit) => isMatchedByNameOnly(hit._matchesPosition)).map((hit) => String(hit.id)),
      );
      const hydrate = (ids: string[]) => hydratePosts(viewer, ids, (id) => isByAuthor || foundByName.has(id));
      return sectionOf(main, page, facets, hydrate, ["title", "text"]);
    },
  };
}

const isMatchedByNameOnly = (matches: unknown) =>
  !!matches &&
  typeof matches === "object" &&
  Object.keys(matches).length > 0 &&
  // Meilisearch reports matches in every attribute, the displayed authorName and authorHandle too
  Object.keys(matches).every((field) => [...NAME_ATTRIBUTES, "authorName", "authorHandle"].includes(field));

/**
 * The posts behind these hits, as they are now: still there, still public (connections-only posts never reach
 * the index, and one made so since is left out here), not by a member blocked either way, and — for those
 * found through their author (`isFoundThroughAuthor`) — by an author the viewer may find.
 */
export async function hydratePosts(
  viewer: SearchViewer,
  ids: string[],
  isFoundThroughAuthor: (id: string) => boolean = () => false,
) {
  const rows = await db.post.findMany({
    where: { AND: [{ id: { in: ids } }, publicPostsWhere(), visiblePostsWhere(finderOf(viewer))] },
    select: {
      id: true,
      kind: true,
      createdAt: true,
      reactionCount: true,
      commentCount: true,
      author: {
        select: {
          ...PERSON_SELECT,
          profile: { select: { ...PERSON_SELECT.profile.select, findableBy: true } },
        },
      },
      company: { select: { slug: true, nameZh: true, nameEn: true, logoKey: true } },
      article: { select: { slug: true, title: true, status: true } },
    },
  });
  return new Map(
    rows
      .filter((row) => row.kind !== "article" || row.article?.status === "published")
      .filter((row) => !isFoundThroughAuthor(row.id) || isAuthorFindable(viewer, row))
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

function isAuthorFindable(
  viewer: SearchViewer,
  row: { author: { id: string; profile: { findableBy: Visibility } | null }; company: unknown },
) {
  if (row.company) return true;
  return isFindable(finderOf(viewer), {
    id: row.author.id,
    findableBy: row.author.profile?.findableBy ?? "only_me",
  });
}
