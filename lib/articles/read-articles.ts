import "server-only";
import { mentionedMembers } from "@/lib/feed/mentioned-members";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { companyRolesOf } from "@/lib/companies/find-company";
import { hasCompanyRight } from "@/lib/companies/policy";
import { imageUrls } from "@/lib/media/variants";
import { degreeBetween } from "@/lib/network/degrees";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import { canViewPost } from "@/lib/feed/policy";
import { ArticleRefSchema, ArticleSlugSchema } from "@/lib/feed/schemas";
import { viewerTies } from "@/lib/feed/viewer-ties";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { toCompanyBadge } from "@/lib/companies/company-badge";

const ARTICLE_SELECT = {
  id: true,
  slug: true,
  authorId: true,
  title: true,
  body: true,
  coverKey: true,
  status: true,
  readingMinutes: true,
  readCount: true,
  anonymousReadCount: true,
  publishedAt: true,
  updatedAt: true,
  deletedAt: true,
  category: { select: { id: true, nameEn: true, nameZh: true } },
  author: { select: PERSON_SELECT },
  companyId: true,
  company: { select: { slug: true, nameZh: true, nameEn: true, logoKey: true, verifiedAt: true } },
  post: { select: { id: true, audience: true, deletedAt: true, editedAt: true } },
} as const;

/**
 * An article as the viewer may read it: published ones as their feed entry allows (blocked members never),
 * drafts by their author only. "Not found" otherwise.
 */
export async function getArticle(viewer: Who, input: unknown) {
  const { slug } = parseInput(ArticleSlugSchema, input);
  const row = await db.article.findUnique({ where: { slug }, select: ARTICLE_SELECT });
  if (!row || row.deletedAt) throw new AppError("not_found", "feed.articleNotFound");
  const isAuthor =
    !!viewer &&
    (row.companyId
      ? hasCompanyRight((await companyRolesOf(viewer.id, [row.companyId])).get(row.companyId), "postAs")
      : viewer.id === row.authorId);
  if (!isAuthor) {
    const ties = await viewerTies(viewer, [row.authorId]);
    if (!row.post || !canViewPost(viewer, { ...row.post, authorId: row.authorId }, ties))
      throw new AppError("not_found", "feed.articleNotFound");
  }
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    body: row.body,
    /** the members the body mentions by @handle, shown by name */
    mentions: await mentionedMembers([row.body]),
    status: row.status,
    cover: imageUrls("cover", row.coverKey),
    category: row.category,
    readingMinutes: row.readingMinutes,
    reads: { members: row.readCount, visitors: row.anonymousReadCount },
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    editedAt: row.post?.editedAt?.toISOString() ?? null,
    postId: row.post?.id ?? null,
    author: {
      ...toPerson(row.author),
      degree: viewer && !isAuthor ? await degreeBetween(viewer.id, row.authorId) : null,
    },
    /** the company page it was written as: shown as its author */
    company: row.company && toCompanyBadge(row.company),
    isAuthor,
  };
}
export type ArticleView = Awaited<ReturnType<typeof getArticle>>;

/** An article by its id (the REST API and the editor), with the same rules as by its address. */
export async function getArticleById(viewer: Who, input: unknown) {
  const { articleId } = parseInput(ArticleRefSchema, input);
  const row = await db.article.findUnique({ where: { id: articleId }, select: { slug: true } });
  if (!row) throw new AppError("not_found", "feed.articleNotFound");
  return getArticle(viewer, { slug: row.slug });
}

/** The viewer's articles, drafts and published, the latest changed first. */
export async function listMyArticles(viewer: Who) {
  assertSignedIn(viewer);
  const rows = await db.article.findMany({
    where: { authorId: viewer.id, deletedAt: null },
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      readCount: true,
      anonymousReadCount: true,
      updatedAt: true,
      publishedAt: true,
    },
  });
  return {
    items: rows.map((row) => ({
      ...row,
      updatedAt: row.updatedAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
    })),
  };
}

/** Article categories (data, not code), in their order. */
export async function listArticleCategories() {
  return {
    items: await db.articleCategory.findMany({
      orderBy: { position: "asc" },
      select: { id: true, nameEn: true, nameZh: true },
    }),
  };
}
