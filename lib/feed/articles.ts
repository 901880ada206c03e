import "server-only";
import { randomBytes } from "node:crypto";
import { pinyin } from "pinyin-pro";
import { visitorKey } from "@/lib/core/visitor-key";
import { companyRolesOf, companyWithRight } from "@/lib/companies/find-company";
import { hasCompanyRight } from "@/lib/companies/policy";
import { throttle } from "@/lib/core/throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteStoredImage, storeImage } from "@/lib/media/store-image";
import { recordSearchChange } from "@/lib/search/outbox";
import { parseInput } from "@/lib/validation";
import { readingMinutes, sanitizeArticleMarkdown } from "./article-markdown";
import { fetchPreviewLater } from "./create-post";
import { linkPostText } from "./post-links";
import { ArticleDraftSchema, ArticleEditSchema, ArticleRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

const SLUG_WORDS_MAX = 60;

/** "/articles/<slug>": the title in Latin letters (Chinese as pinyin) and a short random part. */
export function articleSlug(title: string): string {
  const latin = pinyin(title, { toneType: "none", type: "array", nonZh: "consecutive", v: true }).join(" ");
  const words = latin
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_WORDS_MAX)
    .replace(/-+$/, "");
  const suffix = randomBytes(4).toString("hex").slice(0, 6);
  return words ? `${words}-${suffix}` : suffix;
}

async function assertCategory(categoryId: string | null | undefined) {
  if (!categoryId) return;
  const category = await db.articleCategory.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!category) throw new AppError("validation", "validation", { fields: { categoryId: "invalid" } });
}

/**
 * The viewer's own article — or their company's, when they may write as it — to edit, publish or delete: "not
 * found" for anyone else's.
 */
async function findOwnArticleOrThrow(viewer: { id: string }, articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      authorId: true,
      status: true,
      title: true,
      body: true,
      coverKey: true,
      deletedAt: true,
      companyId: true,
      post: { select: { id: true } },
    },
  });
  const isMine =
    article &&
    (article.companyId
      ? hasCompanyRight(
          (await companyRolesOf(viewer.id, [article.companyId])).get(article.companyId),
          "postAs",
        )
      : article.authorId === viewer.id);
  if (!article || article.deletedAt || !isMine) throw new AppError("not_found", "feed.articleNotFound");
  return article;
}

/** Starts an article as a draft: only its author sees it until it is published. */
export async function createArticle(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(ArticleDraftSchema, input);
  await assertCategory(data.categoryId);
  const company = data.asCompany
    ? (await companyWithRight(viewer, { slug: data.asCompany }, "postAs")).company
    : null;
  const body = sanitizeArticleMarkdown(data.body);
  return db.article.create({
    data: {
      authorId: viewer.id,
      companyId: company?.id ?? null,
      slug: articleSlug(data.title),
      title: data.title,
      body,
      categoryId: data.categoryId,
      readingMinutes: readingMinutes(body),
    },
    select: { id: true, slug: true },
  });
}

/**
 * Changes the title, body or category. A published article changes in place (its feed entry is marked edited
 * and search follows).
 */
export async function updateArticle(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(ArticleEditSchema, input);
  const article = await findOwnArticleOrThrow(viewer, data.articleId);
  await assertCategory(data.categoryId);
  const body = data.body === undefined ? undefined : sanitizeArticleMarkdown(data.body);
  const link = await db.$transaction(async (tx) => {
    await tx.article.update({
      where: { id: article.id },
      data: {
        title: data.title,
        body,
        categoryId: data.categoryId,
        readingMinutes: body === undefined ? undefined : readingMinutes(body),
      },
    });
    if (!article.post) return null;
    const post = await tx.post.update({
      where: { id: article.post.id },
      data: { editedAt: new Date() },
      select: { id: true, authorId: true, audience: true, createdAt: true },
    });
    await recordSearchChange(tx, "post", post.id);
    return linkPostText(tx, post, `${data.title ?? article.title}\n${body ?? article.body}`);
  });
  if (link?.isNewLink) await fetchPreviewLater(link.linkUrl!);
  return { id: article.id };
}

/** Publishes a draft: it gets its feed entry (a post of kind "article") and reaches search. */
export async function publishArticle(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { articleId } = parseInput(ArticleRefSchema, input);
  const article = await findOwnArticleOrThrow(viewer, articleId);
  if (article.status === "published") return { postId: article.post!.id };
  if (!article.body.trim())
    throw new AppError("validation", "validation", { fields: { body: "text.required" } });
  await throttle("postsPerMember", viewer.id);
  const { post, link } = await db.$transaction(async (tx) => {
    await tx.article.update({
      where: { id: article.id },
      data: { status: "published", publishedAt: new Date() },
    });
    const post = await tx.post.create({
      data: {
        authorId: viewer.id,
        companyId: article.companyId,
        kind: "article",
        articleId: article.id,
        text: "",
      },
      select: { id: true, authorId: true, audience: true, createdAt: true },
    });
    const link = await linkPostText(tx, post, `${article.title}\n${article.body}`);
    await recordSearchChange(tx, "post", post.id);
    return { post, link };
  });
  if (link.isNewLink) await fetchPreviewLater(link.linkUrl!);
  return { postId: post.id };
}

/** Deletes an article, draft or published (its feed entry and search document go with it). */
export async function deleteArticle(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { articleId } = parseInput(ArticleRefSchema, input);
  const article = await findOwnArticleOrThrow(viewer, articleId);
  await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    if (article.post) {
      await tx.post.update({ where: { id: article.post.id }, data: { deletedAt: new Date() } });
      await recordSearchChange(tx, "post", article.post.id, "delete");
    }
  });
  await deleteStoredImage("cover", article.coverKey);
}

/** Sets the article's cover picture (checked and resized to 1.91:1 by lib/media). */
export async function setArticleCover(viewer: Who, input: unknown, file: unknown) {
  assertSignedIn(viewer);
  const { articleId } = parseInput(ArticleRefSchema, input);
  const article = await findOwnArticleOrThrow(viewer, articleId);
  const prefix = await storeImage("cover", file, `covers/${viewer.id.toLowerCase()}`);
  await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: article.id }, data: { coverKey: prefix } });
    if (article.post) await recordSearchChange(tx, "post", article.post.id);
  });
  await deleteStoredImage("cover", article.coverKey);
}

/**
 * Counts a read: once per member (never the author's own), and anonymous visitors once per visitor per day,
 * separately.
 */
export async function recordArticleRead(
  reader: { viewer: Who; visitor: { ip: string | null; userAgent: string | null } },
  articleId: string,
) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { authorId: true, status: true },
  });
  if (!article || article.status !== "published" || reader.viewer?.id === article.authorId) return;
  await db.$transaction(async (tx) => {
    if (reader.viewer) {
      const { count } = await tx.articleRead.createMany({
        data: [{ articleId, userId: reader.viewer.id }],
        skipDuplicates: true,
      });
      if (count) await tx.article.update({ where: { id: articleId }, data: { readCount: { increment: 1 } } });
      return;
    }
    const { count } = await tx.articleAnonymousRead.createMany({
      data: [{ articleId, visitorKey: visitorKey(reader.visitor.ip, reader.visitor.userAgent) }],
      skipDuplicates: true,
    });
    if (count)
      await tx.article.update({ where: { id: articleId }, data: { anonymousReadCount: { increment: 1 } } });
  });
}
