import { Prisma } from "@/generated/prisma/client";
import type { PostAudience } from "@/generated/prisma/enums";
import {
  allOf,
  always,
  anyOf,
  column,
  meiliOf,
  not,
  quote,
  sqlOf,
  whereOf,
  type Rule,
} from "@/lib/core/rules";

/** What a post's visibility depends on, preloaded once for a whole page of posts. */
export type PostStanding = { authorId: string; audience: PostAudience; deletedAt: Date | null };

/**
 * Who looks, with the ties that decide it. `connectedIds` is needed to answer on a loaded row and in
 * Meilisearch; a SQL query that already knows whether the author is a connection says how (`connectionSql`).
 */
export type PostViewer = {
  id: string;
  blockedIds: readonly string[];
  connectedIds?: ReadonlySet<string>;
  connectionSql?: Prisma.Sql;
} | null;

type PostRule = Rule<PostStanding, PostViewer, Prisma.PostWhereInput>;

const live: PostRule = () => ({
  holds: (post) => post.deletedAt === null,
  where: () => ({ deletedAt: null }),
  sql: (alias) => Prisma.sql`${column(alias, "deletedAt")} IS NULL`,
  meili: () => true, // the index holds live posts only
});

const byViewer: PostRule = (viewer) =>
  viewer
    ? {
        holds: (post) => post.authorId === viewer.id,
        where: () => ({ authorId: viewer.id }),
        sql: (alias) => Prisma.sql`${column(alias, "authorId")} = ${viewer.id}`,
        meili: () => `authorId = ${quote(viewer.id)}`,
      }
    : always(false);

const byBlockedMember: PostRule = (viewer) =>
  viewer?.blockedIds.length
    ? {
        holds: (post) => viewer.blockedIds.includes(post.authorId),
        where: () => ({ authorId: { in: [...viewer.blockedIds] } }),
        sql: (alias) => Prisma.sql`${column(alias, "authorId")} IN (${Prisma.join(viewer.blockedIds)})`,
        meili: () => `authorId IN [${viewer.blockedIds.map(quote).join(", ")}]`,
      }
    : always(false);

const byConnection: PostRule = (viewer) =>
  viewer
    ? {
        holds: (post) => connectedIdsOf(viewer).has(post.authorId),
        where: () => ({ author: { connections: { some: { otherId: viewer.id } } } }),
        sql: (alias) =>
          viewer.connectionSql ??
          Prisma.sql`EXISTS (SELECT 1 FROM "Connection" c
            WHERE c."userId" = ${column(alias, "authorId")} AND c."otherId" = ${viewer.id})`,
        meili: () => `authorId IN [${[...connectedIdsOf(viewer)].map(quote).join(", ")}]`,
      }
    : always(false);

function connectedIdsOf(viewer: NonNullable<PostViewer>) {
  if (!viewer.connectedIds) throw new Error("this form of the post rule needs the viewer's connectedIds");
  return viewer.connectedIds;
}

/** Audiences whose posts are public: the posts index and hashtag streams hold these only. */
const PUBLIC_AUDIENCES: readonly PostAudience[] = ["anyone"];

const audienceIs =
  (audience: PostAudience): PostRule =>
  () => ({
    holds: (post) => post.audience === audience,
    where: () => ({ audience }),
    sql: (alias) => Prisma.sql`${column(alias, "audience")} = ${Prisma.raw(`'${audience}'`)}`,
    meili: () => PUBLIC_AUDIENCES.includes(audience),
  });

/**
 * Who each audience is for, besides the author. A new audience (a group's, a company's own people) is one
 * more entry here, with the atom that says who belongs to it.
 */
const AUDIENCES: Record<PostAudience, PostRule> = {
  anyone: () => always(true),
  connections: byConnection,
};

const forItsAudience: PostRule = anyOf(
  ...(Object.entries(AUDIENCES) as [PostAudience, PostRule][]).map(([audience, rule]) =>
    allOf(audienceIs(audience), rule),
  ),
);

/**
 * The post rule: deleted posts are gone for everyone; the author sees their own; otherwise a post is for its
 * audience, and members who blocked each other never see each other's posts.
 */
export const POST_VISIBILITY: PostRule = allOf(
  live,
  anyOf(byViewer, allOf(not(byBlockedMember), forItsAudience)),
);

/** Public posts: what the posts index holds and hashtag streams show. */
export const PUBLIC_POSTS: PostRule = allOf(live, anyOf(...PUBLIC_AUDIENCES.map(audienceIs)));

const NONE: Prisma.PostWhereInput = { id: { in: [] } };

export const canViewPost = (viewer: PostViewer, post: PostStanding) => POST_VISIBILITY(viewer).holds(post);

/** The rule as a Prisma `where`, for lists read straight from the database. */
export const visiblePostsWhere = (viewer: PostViewer) => whereOf(POST_VISIBILITY(viewer), NONE);

/** The rule as a SQL condition on the post table aliased `alias`. */
export const visiblePostsSql = (viewer: PostViewer, alias: string) => sqlOf(POST_VISIBILITY(viewer), alias);

/** Only the audience part, for feed queries that leave out deleted posts and blocked members themselves. */
export const postAudienceSql = (viewer: PostViewer, alias: string) => sqlOf(forItsAudience(viewer), alias);

/** The rule as Meilisearch filter clauses for the posts index (null: nothing there for this viewer). */
export const visiblePostsFilter = (viewer: PostViewer) => meiliOf(POST_VISIBILITY(viewer));

export const publicPostsWhere = () => whereOf(PUBLIC_POSTS(null), NONE);

export const publicPostsSql = (alias: string) => sqlOf(PUBLIC_POSTS(null), alias);
