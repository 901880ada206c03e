// GET /api/v1/articles/categories — the article categories, in their order
import { publicRoute } from "@/lib/api/route";
import { listArticleCategories } from "@/lib/articles/read-articles";

export const GET = publicRoute(() => listArticleCategories());
