import "server-only";
import { db } from "@/lib/db";
import { deleteStoredImage, storeImage } from "@/lib/media/store-image";
import { recordSearchChange } from "@/lib/search/outbox";
import { parseInput } from "@/lib/validation";
import { ArticleRefSchema } from "@/lib/feed/schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { findOwnArticleOrThrow } from "./own-article";

/** Sets the article's cover picture (checked and resized to 1.91:1 by lib/media). */
export async function setArticleCover(viewer: Who, input: unknown, file: unknown) {
  assertSignedIn(viewer);
  const { articleId } = parseInput(ArticleRefSchema, input);
  const article = await findOwnArticleOrThrow(viewer, articleId);
  const prefix = await storeImage("cover", file, `covers/${viewer.id.toLowerCase()}`);
  await db.$transaction(async (tx) => {
    await tx.article.update({ where: { id: article.id }, data: { coverKey: prefix } });
    if (article.post) await recordSearchChange(tx, "post", article.post.id);
  });
  await deleteStoredImage("cover", article.coverKey);
}
