import "server-only";

import { deleteStoredImage } from "@/lib/media/store-image";
import { parseInput } from "@/lib/validation";
import { ArticleRefSchema } from "@/lib/feed/schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { findOwnArticleOrThrow } from "./own-article";
import { emit, transaction } from "@/lib/core/events";

/** Deletes an article, draft or published (its feed entry and search document go with it). */
export async function deleteArticle(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { articleId } = parseInput(ArticleRefSchema, input);
  const article = await findOwnArticleOrThrow(viewer, articleId);
  await transaction(async (tx) => {
    await tx.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    if (article.post) {
      await tx.post.update({ where: { id: article.post.id }, data: { deletedAt: new Date() } });
      await emit(tx, {
        type: "article.changed",
        articleId: article.id,
        postId: article.post.id,
        isDeleted: true,
      });
    }
  });
  await deleteStoredImage("cover", article.coverKey);
}
