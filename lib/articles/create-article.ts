import "server-only";
import { companyWithRight } from "@/lib/companies/find-company";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { readingMinutes, sanitizeArticleMarkdown } from "@/lib/markdown";
import { ArticleDraftSchema } from "@/lib/feed/schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { articleSlug } from "./article-slug";
import { assertCategory } from "./own-article";

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
