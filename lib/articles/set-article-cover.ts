import "server-only";

import { deleteStoredImage, storeImage } from "@/lib/media/store-image";
import { parseInput } from "@/lib/validation";
import { ArticleRefSchema } from "@/lib/feed/schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { findOwnArticleOrThrow } from "./own-article";
import { emit, transaction } from "@/lib/core/events";

/** Sets the article's cover picture (checked and resized to 1.91:1 by lib/media). */
export async function setArticleCover(viewer: Who, input: unknown, file: unknown) {
  assertSignedIn(viewer);
  const { articleId } = parseInput(ArticleRefSchema, input);
  const article = await findOwnArticleOrThrow(viewer, articleId);
  const prefix = await storeImage("cover", file, `covers/${viewer.id.toLowerCase()}`);
  await transaction(async (tx) => {
    await tx.article.update({ where: { id: article.id }, data: { coverKey: prefix } });
    if (article.post)
      await emit(tx, {
        type: "article.changed",
        articleId: article.id,
        postId: article.post.id,
        isDeleted: false,
      });
  });
  await deleteStoredImage("cover", article.coverKey);
}
