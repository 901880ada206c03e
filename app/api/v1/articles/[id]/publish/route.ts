// POST /api/v1/articles/:id/publish — publish your draft: it reaches the feed and search
import { memberRoute } from "@/lib/api/route";
import { publishArticle } from "@/lib/articles/publish-article";

export const POST = memberRoute(async ({ viewer, params }) =>
  publishArticle(viewer, { articleId: params.id }),
);
