import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { postAudienceSql, publicPostsSql } from "./post-visibility";

/**
 * The home feed's score, in the open: every factor is returned with each post (GET /api/v1/feed shows them).
 * score = source × affinity × engagement × velocity × kind × freshness × seen
 */
export const RANKING = {
  /**
   * how far back the ranked feed looks (at an 18-hour half-life a week-old post keeps 0.2% of its freshness:
   * older ones follow in time order), and how many recent posts per author it considers
   */
  windowDays: 7,
  postsPerAuthor: 20,
  /** how many ranked posts one feed session holds; older posts follow in time order */
  snapshotSize: 400,
  /** where a post came from: a connection (or one's own), a followed member or company, a followed hashtag */
  source: { connection: 1, followed: 0.8, company: 0.8, hashtag: 0.5 },
  /** interactions weigh: comments and reposts say more than a reaction */
  engagement: { reaction: 1, comment: 3, repost: 4 },
  kind: { article: 1.3, withImages: 1.1, post: 1, repost: 0.8, repostWithComment: 1 },
  freshnessHalfLifeHours: 18,
  seenFactor: 0.25,
} as const;

/**
 * The CTEs every feed query starts from: `excluded` (muted, blocked either way) and `authors` (connections,
 * followed members and the viewer, each with whether they are a connection).
 */
export function feedSourcesSql(viewerId: string) {
  return Prisma.sql`
    excluded AS (
      SELECT "mutedId" AS id FROM "Mute" WHERE "muterId" = ${viewerId}
      UNION SELECT "blockedId" FROM "Block" WHERE "blockerId" = ${viewerId}
      UNION SELECT "blockerId" FROM "Block" WHERE "blockedId" = ${viewerId}
    ),
    authors AS (
      SELECT id, bool_or(is_connection) AS is_connection FROM (
        SELECT "otherId" AS id, true AS is_connection FROM "Connection" WHERE "userId" = ${viewerId}
        UNION ALL SELECT "followeeId", false FROM "Follow" WHERE "followerId" = ${viewerId}
        UNION ALL SELECT ${viewerId}, true
      ) a
      WHERE id NOT IN (SELECT id FROM excluded)
      GROUP BY id
    )`;
}

/**
 * Which of an `authors` row's posts (aliased `alias`) the viewer may see: the post rule's audience part, told
 * that `a.is_connection` says whether the author is a connection (the viewer counts as one).
 */
export function authorPostsAudienceSql(viewerId: string, alias: string) {
  return postAudienceSql({ id: viewerId, blockedIds: [], connectionSql: Prisma.sql`a.is_connection` }, alias);
}

export type RankedPost = {
  id: string;
  authorId: string;
  createdAt: Date;
  score: number;
  source: "connection" | "followed" | "company" | "hashtag";
  affinity: number;
  engagement: number;
  velocity: number;
  kind: number;
  freshness: number;
  isSeen: boolean;
};

/**
 * Ranks the recent posts of the viewer's connections, followed members and followed hashtags (fan-out on
 * read: one index range per author on Post(authorId, createdAt)). Left out: muted and blocked members,
 * hidden posts, connections-only posts of people the viewer is not connected to.
 */
export async function rankFeed(viewerId: string, now = new Date()): Promise<RankedPost[]> {
  const since = new Date(now.getTime() - RANKING.windowDays * 24 * 3600 * 1000);
  const { source, engagement: e, kind: k } = RANKING;
  return db.$queryRaw<RankedPost[]>`
    WITH ${feedSourcesSql(viewerId)},
    candidates AS (
      SELECT p.*, CASE WHEN a.is_connection THEN 'connection' ELSE 'followed' END AS source
      FROM authors a
      CROSS JOIN LATERAL (
        SELECT id, "authorId", kind, audience, "imageCount", "reactionCount", "commentCount",
               "repostCount", "createdAt"
        FROM "Post"
        WHERE "authorId" = a.id AND "createdAt" > ${since} AND "deletedAt" IS NULL AND "companyId" IS NULL
        ORDER BY "createdAt" DESC
        LIMIT ${RANKING.postsPerAuthor}
      ) p
      WHERE ${authorPostsAudienceSql(viewerId, "p")}
      UNION ALL
      SELECT p.*, 'company'
      FROM "CompanyFollow" cf
      CROSS JOIN LATERAL (
        SELECT id, "authorId", kind, audience, "imageCount", "reactionCount", "commentCount",
               "repostCount", "createdAt"
        FROM "Post"
        WHERE "companyId" = cf."companyId" AND "createdAt" > ${since} AND "deletedAt" IS NULL
        ORDER BY "createdAt" DESC
        LIMIT ${RANKING.postsPerAuthor}
      ) p
      WHERE cf."userId" = ${viewerId} AND cf."unfollowedAt" IS NULL
        AND p."authorId" NOT IN (SELECT id FROM excluded)
      UNION ALL
      SELECT p.id, p."authorId", p.kind, p.audience, p."imageCount", p."reactionCount", p."commentCount",
             p."repostCount", p."createdAt", 'hashtag'
      FROM "HashtagFollow" hf
      CROSS JOIN LATERAL (
        SELECT "postId" FROM "PostHashtag"
        WHERE "hashtagId" = hf."hashtagId" AND "createdAt" > ${since}
        ORDER BY "createdAt" DESC LIMIT 100
      ) ph
      JOIN "Post" p ON p.id = ph."postId"
      WHERE hf."userId" = ${viewerId} AND ${publicPostsSql("p")}
        AND p."authorId" NOT IN (SELECT id FROM excluded)
    ),
    unique_candidates AS (
      SELECT DISTINCT ON (id) * FROM candidates
      WHERE id NOT IN (SELECT "postId" FROM "HiddenPost" WHERE "userId" = ${viewerId})
      ORDER BY id, CASE source WHEN 'connection' THEN 0 WHEN 'company' THEN 1 WHEN 'followed' THEN 2 ELSE 3 END
    ),
    factors AS (
      SELECT c.id, c."authorId", c."createdAt", c.source,
        1 + ln(1 + coalesce(fa.score, 0)) AS affinity,
        1 + 0.5 * ln(1 + c."reactionCount" * ${e.reaction}::float8 + c."commentCount" * ${e.comment}::float8 + c."repostCount" * ${e.repost}::float8) AS engagement,
        1 + 0.3 * ln(1 + (c."reactionCount" * ${e.reaction}::float8 + c."commentCount" * ${e.comment}::float8 + c."repostCount" * ${e.repost}::float8)
                        / (1 + extract(epoch FROM ${now}::timestamp - c."createdAt") / 3600)) AS velocity,
        CASE
          WHEN c.kind = 'article' THEN ${k.article}::float8
          WHEN c.kind = 'repost' AND EXISTS (SELECT 1 FROM "Post" r WHERE r.id = c.id AND r.text <> '')
            THEN ${k.repostWithComment}::float8
          WHEN c.kind = 'repost' THEN ${k.repost}::float8
          WHEN c."imageCount" > 0 THEN ${k.withImages}::float8
          ELSE ${k.post}::float8
        END AS kind,
        power(0.5, greatest(0, extract(epoch FROM ${now}::timestamp - c."createdAt")) / 3600 / ${RANKING.freshnessHalfLifeHours}::float8) AS freshness,
        s."postId" IS NOT NULL AS "isSeen"
      FROM unique_candidates c
      LEFT JOIN "FeedAffinity" fa ON fa."userId" = ${viewerId} AND fa."authorId" = c."authorId"
      LEFT JOIN "PostSeen" s ON s."userId" = ${viewerId} AND s."postId" = c.id
    )
    SELECT id, "authorId", "createdAt", source, affinity::float8, engagement::float8, velocity::float8,
      kind::float8, freshness::float8, "isSeen",
      (CASE source WHEN 'connection' THEN ${source.connection}::float8 WHEN 'followed' THEN ${source.followed}::float8
              WHEN 'company' THEN ${source.company}::float8 ELSE ${source.hashtag}::float8 END
        * affinity * engagement * velocity * kind * freshness
        * CASE WHEN "isSeen" THEN ${RANKING.seenFactor}::float8 ELSE 1 END)::float8 AS score
    FROM factors
    ORDER BY score DESC, "createdAt" DESC, id
    LIMIT ${RANKING.snapshotSize}`;
}
