import "server-only";
import type { Page } from "@/lib/api/pagination";
import { timePaging } from "@/lib/api/time-paging";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { blockedEitherWay } from "@/lib/core/blocks";
import { parseInput } from "@/lib/validation";
import { postCardPage, type PostCard } from "./post-cards";
import { HashtagFeedSchema, HashtagRefSchema, TRENDING } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { publicPostsSql, visiblePostsWhere } from "./post-visibility";

async function hashtagOrThrow(tag: string) {
  const hashtag = await db.hashtag.findUnique({ where: { name: tag }, select: { id: true, name: true } });
  if (!hashtag) throw new AppError("not_found", "feed.hashtagNotFound");
  return hashtag;
}

/** A hashtag's page header: how many follow it and whether the viewer does. */
export async function getHashtag(viewer: Who, input: unknown) {
  const { tag } = parseInput(HashtagRefSchema, input);
  const hashtag = await hashtagOrThrow(tag);
  const [followerCount, following] = await Promise.all([
    db.hashtagFollow.count({ where: { hashtagId: hashtag.id } }),
    viewer
      ? db.hashtagFollow.findUnique({
          where: { userId_hashtagId: { userId: viewer.id, hashtagId: hashtag.id } },
          select: { userId: true },
        })
      : null,
  ]);
  return { name: hashtag.name, followerCount, isFollowing: following !== null };
}

/** Posts with this hashtag that the viewer may see, newest first. */
export async function listHashtagPosts(viewer: Who, input: unknown): Promise<Page<PostCard>> {
  const { tag, cursor, limit } = parseInput(HashtagFeedSchema, input);
  const paging = timePaging(cursor, "postId");
  const hashtag = await hashtagOrThrow(tag);
  const blocked = viewer ? await blockedEitherWay(viewer.id) : [];
  const rows = await db.postHashtag.findMany({
    where: {
      hashtagId: hashtag.id,
      post: visiblePostsWhere(viewer && { id: viewer.id, blockedIds: blocked }),
      ...paging.after,
    },
    orderBy: paging.orderBy,
    take: limit + 1,
    select: { postId: true, createdAt: true },
  });
  return postCardPage(viewer, paging.toPage(rows, limit));
}

/** Following a hashtag brings its public posts into the home feed. */
export async function followHashtag(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { tag } = parseInput(HashtagRefSchema, input);
  const hashtag = await hashtagOrThrow(tag);
  await db.hashtagFollow.createMany({
    data: [{ userId: viewer.id, hashtagId: hashtag.id }],
    skipDuplicates: true,
  });
}

export async function unfollowHashtag(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { tag } = parseInput(HashtagRefSchema, input);
  const hashtag = await hashtagOrThrow(tag);
  await db.hashtagFollow.deleteMany({ where: { userId: viewer.id, hashtagId: hashtag.id } });
}

/**
 * The hashtags most members wrote about in public posts over the last 24 hours (a member posting the same
 * tag again and again counts once).
 */
export async function trendingHashtags(now = new Date()) {
  const since = new Date(now.getTime() - TRENDING.hours * 3600 * 1000);
  return db.$queryRaw<{ name: string; authorCount: number; postCount: number }[]>`
    SELECT h.name, count(DISTINCT p."authorId")::int AS "authorCount", count(*)::int AS "postCount"
    FROM "PostHashtag" ph
    JOIN "Post" p ON p.id = ph."postId"
    JOIN "Hashtag" h ON h.id = ph."hashtagId"
    WHERE ph."createdAt" > ${since} AND ph."createdAt" <= ${now}
      AND ${publicPostsSql("p")}
    GROUP BY h.name
    ORDER BY "authorCount" DESC, "postCount" DESC, h.name
    LIMIT ${TRENDING.count}`;
}
