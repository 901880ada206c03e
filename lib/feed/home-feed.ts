import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/api/pagination";
import { TimeCursorSchema } from "@/lib/api/time-paging";
import { recordCompanyImpressions } from "@/lib/companies/page-views";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { authorPostsAudienceSql, feedSourcesSql, rankFeed, RANKING, type RankedPost } from "./feed-ranking";
import { publicPostsSql } from "./post-visibility";
import { loadPostCards, type PostCard } from "./post-cards";
import { FeedQuerySchema } from "./schemas";
import { numberFromText } from "@/lib/forms/fields";
import { assertSignedIn, type Who } from "@/lib/core/who";

// a page of the ranked feed is a slice of its snapshot; after it, older posts follow in time order
const CursorSchema = z.union([
  z.object({ s: z.string().max(40), o: numberFromText(z.number().int().min(0).max(10_000)) }),
  TimeCursorSchema,
]);

export type FeedRank = Omit<RankedPost, "id" | "authorId" | "createdAt">;
export type FeedItem = PostCard & { rank: FeedRank | null };
export type FeedPage = { items: FeedItem[]; nextCursor: string | null; mode: "top" | "recent"; asOf: string };

/** Newest first, across the same sources as the ranked feed, older than (t, i). */
async function postsInTimeOrder(viewerId: string, before: { t: Date; i: string }, limit: number) {
  return db.$queryRaw<{ id: string; createdAt: Date }[]>`
    WITH ${feedSourcesSql(viewerId)}
    SELECT id, "createdAt" FROM (
      SELECT p.id, p."createdAt"
      FROM authors a
      CROSS JOIN LATERAL (
        SELECT id, "createdAt", audience FROM "Post"
        WHERE "authorId" = a.id AND "deletedAt" IS NULL AND "companyId" IS NULL
          AND ("createdAt", id) < (${before.t}, ${before.i})
        ORDER BY "createdAt" DESC, id DESC
        LIMIT ${limit + 1}
      ) p
      WHERE ${authorPostsAudienceSql(viewerId, "p")}
      UNION
      SELECT p.id, p."createdAt"
      FROM "CompanyFollow" cf
      CROSS JOIN LATERAL (
        SELECT id, "createdAt", "authorId" FROM "Post"
        WHERE "companyId" = cf."companyId" AND "deletedAt" IS NULL AND ("createdAt", id) < (${before.t}, ${before.i})
        ORDER BY "createdAt" DESC, id DESC
        LIMIT ${limit + 1}
      ) p
      WHERE cf."userId" = ${viewerId} AND cf."unfollowedAt" IS NULL
        AND p."authorId" NOT IN (SELECT id FROM excluded)
      UNION
      SELECT p.id, p."createdAt"
      FROM "HashtagFollow" hf
      CROSS JOIN LATERAL (
        SELECT "postId" FROM "PostHashtag"
        WHERE "hashtagId" = hf."hashtagId" AND ("createdAt", "postId") < (${before.t}, ${before.i})
        ORDER BY "createdAt" DESC, "postId" DESC LIMIT ${limit + 1}
      ) ph
      JOIN "Post" p ON p.id = ph."postId"
      WHERE hf."userId" = ${viewerId} AND ${publicPostsSql("p")}
        AND p."authorId" NOT IN (SELECT id FROM excluded)
    ) x
    WHERE id NOT IN (SELECT "postId" FROM "HiddenPost" WHERE "userId" = ${viewerId})
    ORDER BY "createdAt" DESC, id DESC
    LIMIT ${limit + 1}`;
}

/** Records what the viewer was shown: those posts sink in their next ranked feed. */
async function markSeen(viewerId: string, postIds: string[]) {
  if (postIds.length)
    await db.postSeen.createMany({
      data: postIds.map((postId) => ({ userId: viewerId, postId })),
      skipDuplicates: true,
    });
}

async function timeOrderPage(
  viewerId: string,
  before: { t: Date; i: string },
  limit: number,
  mode: FeedPage["mode"],
) {
  const rows = await postsInTimeOrder(viewerId, before, limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    ids: page.map((row) => row.id),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ t: last.createdAt.toISOString(), i: last.id }) : null,
    mode,
  };
}

/**
 * The ranked first page. When the network posted less than a page within the ranking window, the page fills
 * up with older posts in time order (a quiet network still opens on something to read).
 */
async function rankedFirstPage(viewerId: string, limit: number) {
  const now = new Date();
  const ranked = await rankFeed(viewerId, now);
  const windowStart = new Date(now.getTime() - RANKING.windowDays * 24 * 3600 * 1000);
  const ranks = new Map(ranked.map(({ id, authorId: _a, createdAt: _c, ...rank }) => [id, rank]));
  if (ranked.length < limit) {
    const older = await timeOrderPage(viewerId, { t: windowStart, i: "" }, limit - ranked.length, "top");
    return {
      stored: undefined,
      ids: [...ranked.map((post) => post.id), ...older.ids],
      ranks,
      nextCursor: older.nextCursor,
    };
  }
  const snapshot = { id: randomUUID() };
  // stored while the page's cards load (the next page reads it)
  const stored = db.feedSnapshot.create({
    data: { id: snapshot.id, userId: viewerId, postIds: ranked.map((post) => post.id) },
    select: { id: true },
  });
  return {
    stored,
    ids: ranked.slice(0, limit).map((post) => post.id),
    ranks,
    nextCursor:
      ranked.length > limit
        ? encodeCursor({ s: snapshot.id, o: String(limit) })
        : encodeCursor({ t: windowStart.toISOString(), i: "" }),
  };
}

async function snapshotPage(viewerId: string, cursor: { s: string; o: number }, limit: number) {
  const snapshot = await db.feedSnapshot.findUnique({
    where: { id: cursor.s },
    select: { userId: true, postIds: true, createdAt: true },
  });
  if (!snapshot || snapshot.userId !== viewerId) {
    throw new AppError("validation", "validation", { fields: { cursor: "cursor.invalid" } });
  }
  const end = cursor.o + limit;
  const windowStart = new Date(snapshot.createdAt.getTime() - RANKING.windowDays * 24 * 3600 * 1000);
  return {
    ids: snapshot.postIds.slice(cursor.o, end),
    nextCursor:
      end < snapshot.postIds.length
        ? encodeCursor({ s: cursor.s, o: String(end) })
        : encodeCursor({ t: windowStart.toISOString(), i: "" }),
  };
}

/**
 * The home feed: ranked ("top", the default) or newest first ("recent"), with cursor pagination that never
 * repeats a post. The first ranked page stores the ranked order (a snapshot), later pages read on from it;
 * once it runs out, older posts follow in time order.
 */
export async function getHomeFeed(viewer: Who, input: unknown): Promise<FeedPage> {
  assertSignedIn(viewer);
  const { mode, cursor: rawCursor, limit } = parseInput(FeedQuerySchema, input);
  const cursor = decodeCursor(rawCursor, CursorSchema);
  const asOf = new Date().toISOString();
  let ids: string[];
  let nextCursor: string | null;
  let ranks = new Map<string, FeedRank>();
  let stored: Promise<unknown> | undefined;
  if (cursor && "t" in cursor) {
    ({ ids, nextCursor } = await timeOrderPage(
      viewer.id,
      { t: new Date(cursor.t), i: cursor.i },
      limit,
      mode,
    ));
  } else if (mode === "recent") {
    ({ ids, nextCursor } = await timeOrderPage(
      viewer.id,
      { t: new Date(Date.now() + 60_000), i: "" },
      limit,
      mode,
    ));
  } else if (cursor) {
    ({ ids, nextCursor } = await snapshotPage(viewer.id, cursor, limit));
  } else {
    ({ ids, ranks, nextCursor, stored } = await rankedFirstPage(viewer.id, limit));
  }
  const [cards] = await Promise.all([
    loadPostCards(viewer, ids),
    markSeen(viewer.id, ids),
    recordCompanyImpressions(viewer.id, ids),
    stored,
  ]);
  return {
    items: cards.map((card) => ({ ...card, rank: ranks.get(card.id) ?? null })),
    nextCursor,
    mode,
    asOf,
  };
}

/** How many posts the viewer's network published since their feed was loaded (the "new posts" pill). */
export async function countNewFeedPosts(viewer: Who, input: unknown): Promise<{ count: number }> {
  assertSignedIn(viewer);
  const { since } = parseInput(z.object({ since: z.iso.datetime({ error: "invalid" }) }), input);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    WITH ${feedSourcesSql(viewer.id)}
    SELECT count(*)::int AS count
    FROM authors a
    CROSS JOIN LATERAL (
      SELECT 1 FROM "Post"
      WHERE "authorId" = a.id AND "createdAt" > ${new Date(since)} AND "deletedAt" IS NULL
        AND ${authorPostsAudienceSql(viewer.id, '"Post"')}
      LIMIT 20
    ) p
    WHERE a.id <> ${viewer.id}`;
  return { count: row?.count ?? 0 };
}
