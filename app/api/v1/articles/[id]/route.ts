// GET /api/v1/articles/:id — an article you may read (drafts: yours); PATCH — edit yours; DELETE — delete it
import { memberRoute, publicRoute } from "@/lib/api/route";
import { deleteArticle } from "@/lib/articles/delete-article";
import { updateArticle } from "@/lib/articles/update-article";
import { getArticleById } from "@/lib/articles/read-articles";

export const GET = publicRoute(({ viewer, params }) => getArticleById(viewer, { articleId: params.id }));

export const PATCH = memberRoute(async ({ viewer, params, json }) => {
  await updateArticle(viewer, { ...(await json()), articleId: params.id });
  return getArticleById(viewer, { articleId: params.id });
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await deleteArticle(viewer, { articleId: params.id });
  return null;
});
