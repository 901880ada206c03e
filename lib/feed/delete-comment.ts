import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { assertAuthor } from "./policy";
import { CommentRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { findCommentOrThrow } from "./find-comment";

/**
 * Its author deletes a comment — and so may the post's author, on their own post. A top-level comment takes
 * its replies with it.
 */
export async function deleteComment(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { commentId } = parseInput(CommentRefSchema, input);
  const { comment, post } = await findCommentOrThrow(viewer, commentId);
  if (viewer.id !== comment.authorId) assertAuthor(viewer, post);
  await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    if (!count) return;
    const replies = comment.parentId
      ? { count: 0 }
      : await tx.comment.updateMany({
          where: { parentId: comment.id, deletedAt: null },
          data: { deletedAt: new Date() },
        });
    await tx.post.update({
      where: { id: post.id },
      data: { commentCount: { decrement: 1 + replies.count } },
    });
    if (comment.parentId)
      await tx.comment.update({ where: { id: comment.parentId }, data: { replyCount: { decrement: 1 } } });
  });
}
