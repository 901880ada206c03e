// POST /api/v1/articles — start an article as a draft {title, body (markdown), categoryId?}
import { memberRoute } from "@/lib/api/route";
import { createArticle } from "@/lib/articles/create-article";

export const POST = memberRoute(async ({ viewer, json }) => createArticle(viewer, await json()));
