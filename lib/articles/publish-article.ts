import "server-only";
import { throttle } from "@/lib/core/throttle";
import { AppError } from "@/lib/errors";

import { parseInput } from "@/lib/validation";
import { fetchPreviewLater } from "@/lib/feed/create-post";
import { linkPostText } from "@/lib/feed/post-links";
import { ArticleRefSchema } from "@/lib/feed/schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { findOwnArticleOrThrow } from "./own-article";
import { emit, transaction } from "@/lib/core/events";

/** Publishes a draft: it gets its feed entry (a post of kind "article") and reaches search. */
export async function publishArticle(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { articleId } = parseInput(ArticleRefSchema, input);
  const article = await findOwnArticleOrThrow(viewer, articleId);
  if (article.status === "published") return { postId: article.post!.id };
  if (!article.body.trim())
    throw new AppError("validation", "validation", { fields: { body: "text.required" } });
  await throttle("postsPerMember", viewer.id);
  const { post, link } = await transaction(async (tx) => {
    await tx.article.update({
      where: { id: article.id },
      data: { status: "published", publishedAt: new Date() },
    });
    const post = await tx.post.create({
      data: {
        authorId: viewer.id,
        companyId: article.companyId,
        kind: "article",
        articleId: article.id,
        text: "",
      },
      select: { id: true, authorId: true, audience: true, createdAt: true },
    });
    const link = await linkPostText(tx, post, `${article.title}\n${article.body}`);
    await emit(tx, { type: "article.changed", articleId: article.id, postId: post.id, isDeleted: false });
    return { post, link };
  });
  if (link.isNewLink) await fetchPreviewLater(link.linkUrl!);
  return { postId: post.id };
}
