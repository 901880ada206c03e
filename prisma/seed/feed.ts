// The demo's feed: posts and articles in both languages from every corner of the graph (some with pictures and links, a few
// for connections only), reactions, comments with replies, followed hashtags and saved posts, written so
// that the featured members open a lively, ranked home page.
import type { Faker } from "@faker-js/faker";
import sharp from "sharp";
import type { PrismaClient } from "@/generated/prisma/client";
import { createArticle } from "@/lib/articles/create-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { setArticleCover } from "@/lib/articles/set-article-cover";
import { transaction } from "@/lib/core/events";
import { linkPostText } from "@/lib/feed/post-links";
import { storePostImages } from "@/lib/feed/post-images";
import { ARTICLES } from "./article-content";
import {
  EN_COMMENTS,
  EN_POSTS,
  LINK_PREVIEWS,
  PICTURES,
  REPLIES,
  ZH_COMMENTS,
  ZH_POSTS,
} from "./feed-content";

const MINUTE_MS = 60_000;
const POSTS = { perMember: 2, min: 120, max: 3_000, perFeatured: 3 } as const;

type Member = { id: string; locale: "zh-CN" | "en"; handle: string };

async function picture(index: number): Promise<Blob> {
  const { from, to, caption } = PICTURES[index % PICTURES.length]!;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#g)"/>
    <circle cx="980" cy="180" r="220" fill="#ffffff" fill-opacity="0.08"/>
    <text x="80" y="700" font-family="sans-serif" font-size="88" font-weight="700" fill="#ffffff">${caption}</text>
  </svg>`;
  return new Blob([new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer())], { type: "image/png" });
}

/** Posts, each written like a member would (hashtags, mentions and link previews linked the app's way). */
async function writePosts(db: PrismaClient, faker: Faker, members: Member[], featured: Member[]) {
  const total = Math.min(Math.max(members.length * POSTS.perMember, POSTS.min), POSTS.max);
  const now = Date.now();
  const posts: { id: string; authorId: string; createdAt: Date; locale: Member["locale"] }[] = [];
  for (let i = 0; i < total; i++) {
    const isFeatured = i < featured.length * POSTS.perFeatured;
    const author = isFeatured ? featured[i % featured.length]! : members[(i * 7919) % members.length]!;
    const pool = author.locale === "zh-CN" ? ZH_POSTS : EN_POSTS;
    const mentioned = featured.find((m, k) => k === (i + 1) % featured.length && m.id !== author.id);
    const text = pool[(i * 5 + Math.floor(i / pool.length)) % pool.length]!.replace(
      "{mention}",
      mentioned ? `@${mentioned.handle}` : "",
    );
    // the first posts are from today (so something trends), the rest from the last ten days
    const ageMinutes =
      i < 40 ? faker.number.int({ min: 5, max: 20 * 60 }) : faker.number.int({ min: 60, max: 10 * 24 * 60 });
    const createdAt = new Date(now - ageMinutes * MINUTE_MS);
    const pictures =
      isFeatured && i % 4 === 0
        ? await Promise.all(Array.from({ length: i === 0 ? 3 : 1 }, (_, k) => picture(i / 4 + k)))
        : [];
    const images = pictures.length ? await storePostImages(author.id, pictures) : [];
    const post = await transaction(async (tx) => {
      const post = await tx.post.create({
        data: {
          authorId: author.id,
          text,
          audience: i % 9 === 4 ? "connections" : "anyone",
          createdAt,
          imageCount: images.length,
          images: { create: images.map((image, position) => ({ ...image, position })) },
        },
        select: { id: true, authorId: true, audience: true, createdAt: true },
      });
      await linkPostText(tx, post, text);
      return post;
    });
    posts.push({ id: post.id, authorId: author.id, createdAt, locale: author.locale });
  }
  return posts;
}

/** The featured members' articles, published on their day, with their feed entries. */
async function writeArticles(db: PrismaClient, users: { id: string; email: string }[]) {
  const posts: { id: string; authorId: string; createdAt: Date; locale: Member["locale"] }[] = [];
  for (const seed of ARTICLES) {
    const author = users.find((u) => u.email === seed.author);
    if (!author) continue;
    const { id } = await createArticle(author, seed);
    await setArticleCover(author, { articleId: id }, await picture(posts.length + 1));
    const { postId } = await publishArticle(author, { articleId: id });
    const publishedAt = new Date(Date.now() - seed.daysAgo * 24 * 60 * MINUTE_MS - 3 * 60 * MINUTE_MS);
    await db.article.update({ where: { id }, data: { publishedAt, createdAt: publishedAt } });
    await db.post.update({ where: { id: postId }, data: { createdAt: publishedAt } });
    await db.postHashtag.updateMany({ where: { postId }, data: { createdAt: publishedAt } });
    posts.push({
      id: postId,
      authorId: author.id,
      createdAt: publishedAt,
      locale: /[\u4e00-\u9fff]/.test(seed.title) ? "zh-CN" : "en",
    });
  }
  return posts;
}

/** Members read the articles of the people they are connected to: about half of them. */
async function writeArticleReads(db: PrismaClient) {
  await db.$executeRaw`
    INSERT INTO "ArticleRead" ("articleId", "userId", "createdAt")
    SELECT a.id, c."otherId", a."publishedAt" + interval '2 hours'
    FROM "Article" a JOIN "Connection" c ON c."userId" = a."authorId"
    WHERE a.status = 'published' AND ('x' || substr(md5(a.id || c."otherId"), 1, 6))::bit(24)::int % 2 = 0`;
  await db.$executeRaw`
    UPDATE "Article" a SET "readCount" = r.n,
      "anonymousReadCount" = r.n * 3 + length(a.title) % 17
    FROM (SELECT "articleId", count(*)::int AS n FROM "ArticleRead" GROUP BY "articleId") r
    WHERE r."articleId" = a.id`;
}

/** A third of each author's connections react, mostly "like"; the counters are then set from the rows. */
async function writeReactions(db: PrismaClient) {
  await db.$executeRaw`
    INSERT INTO "Reaction" ("postId", "userId", type, "createdAt")
    SELECT p.id, c."otherId",
      (CASE WHEN h % 100 < 55 THEN 'like' WHEN h % 100 < 70 THEN 'insightful' WHEN h % 100 < 82 THEN 'celebrate'
            WHEN h % 100 < 92 THEN 'support' ELSE 'curious' END)::"ReactionType",
      least(p."createdAt" + (h % 600) * interval '1 minute', now())
    FROM "Post" p
    JOIN "Connection" c ON c."userId" = p."authorId"
    CROSS JOIN LATERAL (SELECT ('x' || substr(md5(p.id || c."otherId"), 1, 7))::bit(28)::int AS h) x
    WHERE x.h % 3 = 0`;
  await db.$executeRaw`
    UPDATE "Post" p SET "reactionCount" = r.total, "likeCount" = r.likes, "celebrateCount" = r.celebrates,
      "supportCount" = r.supports, "insightfulCount" = r.insightfuls, "curiousCount" = r.curious
    FROM (
      SELECT "postId", count(*)::int AS total,
        count(*) FILTER (WHERE type = 'like')::int AS likes,
        count(*) FILTER (WHERE type = 'celebrate')::int AS celebrates,
        count(*) FILTER (WHERE type = 'support')::int AS supports,
        count(*) FILTER (WHERE type = 'insightful')::int AS insightfuls,
        count(*) FILTER (WHERE type = 'curious')::int AS curious
      FROM "Reaction" GROUP BY "postId"
    ) r
    WHERE r."postId" = p.id`;
}

/** Two of three posts get comments from the author's connections; the author answers some of them. */
async function writeComments(
  db: PrismaClient,
  faker: Faker,
  posts: Awaited<ReturnType<typeof writePosts>>,
  locales: Map<string, Member["locale"]>,
) {
  const connections = await db.connection.findMany({
    where: { userId: { in: [...new Set(posts.map((p) => p.authorId))] } },
    select: { userId: true, otherId: true },
  });
  const connectionsOf = new Map<string, string[]>();
  for (const c of connections)
    connectionsOf.set(c.userId, [...(connectionsOf.get(c.userId) ?? []), c.otherId]);
  const comments: {
    id: string;
    postId: string;
    authorId: string;
    parentId: string | null;
    text: string;
    createdAt: Date;
  }[] = [];
  posts.forEach((post, i) => {
    if (i % 3 === 2) return;
    const commenters = faker.helpers.arrayElements(connectionsOf.get(post.authorId) ?? [], {
      min: 1,
      max: 3,
    });
    commenters.forEach((authorId, k) => {
      const locale = locales.get(authorId) ?? "en";
      const pool = locale === "zh-CN" ? ZH_COMMENTS : EN_COMMENTS;
      const createdAt = new Date(Math.min(post.createdAt.getTime() + (k + 1) * 17 * MINUTE_MS, Date.now()));
      const id = `seedc${i.toString(36)}x${k}${faker.string.alphanumeric({ length: 16, casing: "lower" })}`;
      comments.push({
        id,
        postId: post.id,
        authorId,
        parentId: null,
        text: faker.helpers.arrayElement(pool),
        createdAt,
      });
      if (k === 0 && i % 4 === 0)
        comments.push({
          id: `${id}r`,
          postId: post.id,
          authorId: post.authorId,
          parentId: id,
          text: faker.helpers.arrayElement(REPLIES[post.locale]),
          createdAt: new Date(Math.min(createdAt.getTime() + 30 * MINUTE_MS, Date.now())),
        });
    });
  });
  await db.comment.createMany({ data: comments });
  await db.$executeRaw`
    UPDATE "Post" p SET "commentCount" = c.n
    FROM (SELECT "postId", count(*)::int AS n FROM "Comment" GROUP BY "postId") c WHERE c."postId" = p.id`;
  await db.$executeRaw`
    UPDATE "Comment" p SET "replyCount" = c.n
    FROM (SELECT "parentId", count(*)::int AS n FROM "Comment" WHERE "parentId" IS NOT NULL GROUP BY "parentId") c
    WHERE c."parentId" = p.id`;
}

/**
 * What the reactions and comments leave behind, as the app would have written it: the featured members'
 * notifications, everyone's affinity to the authors they engage with, and the posts index's outbox rows.
 */
async function writeTraces(db: PrismaClient, featured: Member[]) {
  const featuredIds = featured.map((m) => m.id);
  await db.$executeRaw`
    INSERT INTO "Notification" (id, "recipientId", kind, "actorId", "subjectId", "createdAt", "readAt")
    SELECT 'seedn' || md5(p.id || r."userId"), p."authorId", 'post_reaction'::"NotificationKind", r."userId", p.id, r."createdAt",
      CASE WHEN r."createdAt" < now() - interval '1 day' THEN r."createdAt" END
    FROM "Reaction" r JOIN "Post" p ON p.id = r."postId"
    WHERE p."authorId" = ANY(${featuredIds})
    UNION ALL
    SELECT 'seedn' || md5(c.id), p."authorId", 'post_comment'::"NotificationKind", c."authorId", p.id, c."createdAt",
      CASE WHEN c."createdAt" < now() - interval '1 day' THEN c."createdAt" END
    FROM "Comment" c JOIN "Post" p ON p.id = c."postId"
    WHERE p."authorId" = ANY(${featuredIds}) AND c."authorId" <> p."authorId"`;
  await db.$executeRaw`
    INSERT INTO "FeedAffinity" ("userId", "authorId", score, "updatedAt")
    SELECT "userId", "authorId", sum(w), now() FROM (
      SELECT r."userId", p."authorId", 1 AS w FROM "Reaction" r JOIN "Post" p ON p.id = r."postId"
      UNION ALL
      SELECT c."authorId", p."authorId", 3 FROM "Comment" c JOIN "Post" p ON p.id = c."postId"
    ) x
    WHERE "userId" <> "authorId"
    GROUP BY "userId", "authorId"`;
  await db.$executeRaw`
    INSERT INTO "OutboxEvent" (entity, "entityId", op)
    SELECT 'post', id, 'upsert'::"OutboxOp" FROM "Post" WHERE audience = 'anyone'`;
}

export async function seedFeed(db: PrismaClient, faker: Faker, featuredEmails: string[]) {
  const users = await db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, locale: true, profile: { select: { handle: true } } },
  });
  const members: Member[] = users.flatMap((u) =>
    u.profile
      ? [{ id: u.id, locale: u.locale === "zh-CN" ? "zh-CN" : "en", handle: u.profile.handle } as const]
      : [],
  );
  const featured = featuredEmails.flatMap((email) => {
    const user = users.find((u) => u.email === email);
    return members.filter((m) => m.id === user?.id);
  });
  await db.linkPreview.createMany({
    data: LINK_PREVIEWS.map((preview) => ({ ...preview, isFetched: true })),
    skipDuplicates: true,
  });
  const posts = [...(await writePosts(db, faker, members, featured)), ...(await writeArticles(db, users))];
  await writeArticleReads(db);
  await writeReactions(db);
  await writeComments(db, faker, posts, new Map(members.map((m) => [m.id, m.locale])));
  await writeTraces(db, featured);

  const [zhang, maria] = featured;
  const follows = [
    ...(zhang ? ["跨境电商", "产品管理"].map((name) => ({ userId: zhang.id, name })) : []),
    ...(maria ? ["saas", "remotework"].map((name) => ({ userId: maria.id, name })) : []),
  ];
  for (const { userId, name } of follows) {
    const hashtag = await db.hashtag.findUnique({ where: { name }, select: { id: true } });
    if (hashtag) await db.hashtagFollow.create({ data: { userId, hashtagId: hashtag.id } });
  }
  if (zhang) {
    const worthSaving = posts.filter((p) => p.authorId !== zhang.id).slice(0, 2);
    await db.savedPost.createMany({ data: worthSaving.map((p) => ({ userId: zhang.id, postId: p.id })) });
  }
  return posts.length;
}
