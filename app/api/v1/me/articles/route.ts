// GET /api/v1/me/articles — your articles, drafts and published, the latest changed first
import { memberRoute } from "@/lib/api/route";
import { listMyArticles } from "@/lib/articles/read-articles";

export const GET = memberRoute(({ viewer }) => listMyArticles(viewer));
