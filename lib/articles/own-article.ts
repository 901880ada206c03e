import "server-only";
import { companyRolesOf } from "@/lib/companies/find-company";
import { hasCompanyRight } from "@/lib/companies/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function assertCategory(categoryId: string | null | undefined) {
  if (!categoryId) return;
  const category = await db.articleCategory.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!category) throw new AppError("validation", "validation", { fields: { categoryId: "invalid" } });
}

/**
 * The viewer's own article — or their company's, when they may write as it — to edit, publish or delete: "not
 * found" for anyone else's.
 */
export async function findOwnArticleOrThrow(viewer: { id: string }, articleId: string) {
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
