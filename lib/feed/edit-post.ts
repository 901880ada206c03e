import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { fetchPreviewLater } from "./create-post";
import { deletePostImages } from "./post-images";
import { findOwnPostOrThrow } from "./find-post";
import { linkPostText } from "./post-links";
import { PostEditSchema, PostRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

/**
 * The author changes the text (marked "edited"), the audience or whether others may comment. An article's
 * entry is edited through the article; a post for anyone that becomes connections-only leaves search.
 */
export async function editPost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(PostEditSchema, input);
  const { post } = await findOwnPostOrThrow(viewer, data.postId);
  const isTextChanged = data.text !== undefined && data.text !== post.text;
  if (isTextChanged && post.kind === "article") throw new AppError("forbidden", "feed.editTheArticle");
  if (isTextChanged && !data.text && post.kind === "post") {
    const images = await db.postImage.count({ where: { postId: post.id } });
    if (!images) throw new AppError("validation", "feed.emptyPost", { fields: { text: "feed.emptyPost" } });
  }
  const link = await transaction(async (tx) => {
    const saved = await tx.post.update({
      where: { id: post.id },
      data: {
        text: data.text,
        audience: data.audience,
        isCommentingOff: data.isCommentingOff,
        editedAt: isTextChanged ? new Date() : undefined,
      },
      select: { id: true, authorId: true, audience: true, createdAt: true, text: true },
    });
    const link = await linkPostText(tx, saved, saved.text);
    await emit(tx, { type: "post.edited", postId: post.id });
    return link;
  });
  if (link.isNewLink) await fetchPreviewLater(link.linkUrl!);
}

/**
 * The author deletes a post: it disappears everywhere at once (feeds, its URL, search); reposts of it show
 * that it is gone. Its pictures are removed from storage.
 */
export async function deletePost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { postId } = parseInput(PostRefSchema, input);
  const { post } = await findOwnPostOrThrow(viewer, postId);
  const images = await transaction(async (tx) => {
    await tx.post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    if (post.kind === "repost" && post.repostOfId)
      await tx.post.update({ where: { id: post.repostOfId }, data: { repostCount: { decrement: 1 } } });
    if (post.articleId)
      await tx.article.update({ where: { id: post.articleId }, data: { deletedAt: new Date() } });
    await emit(tx, { type: "post.deleted", postId: post.id });
    return tx.postImage.findMany({ where: { postId: post.id }, select: { imageKey: true } });
  });
  await deletePostImages(images.map((image) => image.imageKey));
}
