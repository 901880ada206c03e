import "server-only";

import { parseInput } from "@/lib/validation";
import { readingMinutes, sanitizeArticleMarkdown } from "@/lib/markdown";
import { fetchPreviewLater } from "@/lib/feed/create-post";
import { linkPostText } from "@/lib/feed/post-links";
import { ArticleEditSchema } from "@/lib/feed/schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { assertCategory, findOwnArticleOrThrow } from "./own-article";
import { emit, transaction } from "@/lib/core/events";

/**
 * Changes the title, body or category. A published article changes in place (its feed entry is marked edited
 * and search follows).
 */
export async function updateArticle(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(ArticleEditSchema, input);
  const article = await findOwnArticleOrThrow(viewer, data.articleId);
  await assertCategory(data.categoryId);
  const body = data.body === undefined ? undefined : sanitizeArticleMarkdown(data.body);
  const link = await transaction(async (tx) => {
    await tx.article.update({
      where: { id: article.id },
      data: {
        title: data.title,
        body,
        categoryId: data.categoryId,
        readingMinutes: body === undefined ? undefined : readingMinutes(body),
      },
    });
    if (!article.post) return null;
    const post = await tx.post.update({
      where: { id: article.post.id },
      data: { editedAt: new Date() },
      select: { id: true, authorId: true, audience: true, createdAt: true },
    });
    await emit(tx, { type: "article.changed", articleId: article.id, postId: post.id, isDeleted: false });
    return linkPostText(tx, post, `${data.title ?? article.title}\n${body ?? article.body}`);
  });
  if (link?.isNewLink) await fetchPreviewLater(link.linkUrl!);
  return { id: article.id };
}
