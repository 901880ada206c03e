// POST /api/v1/articles — start an article as a draft {title, body (markdown), categoryId?}
import { memberRoute } from "@/lib/api/route";
import { createArticle } from "@/lib/feed/articles";

export const POST = memberRoute(async ({ viewer, json }) => createArticle(viewer, await json()));
