// PUT /api/v1/articles/:id/cover — set the cover picture (multipart, field "image"; JPEG, PNG or WebP)
import { memberRoute } from "@/lib/api/route";
import { setArticleCover } from "@/lib/articles/set-article-cover";
import { getArticleById } from "@/lib/articles/read-articles";

export const PUT = memberRoute(
  async ({ viewer, params, formData }) => {
    await setArticleCover(viewer, { articleId: params.id }, (await formData()).get("image"));
    return getArticleById(viewer, { articleId: params.id });
  },
  { body: "multipart" },
);
