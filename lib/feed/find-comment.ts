import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findVisiblePostOrThrow } from "./find-post";
import { type Who } from "@/lib/core/who";

/** A comment the viewer may act on: it exists, isn't deleted, and its post is visible to them. */
export async function findCommentOrThrow(viewer: Who, commentId: string) {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, postId: true, authorId: true, parentId: true, deletedAt: true },
  });
  if (!comment || comment.deletedAt) throw new AppError("not_found", "feed.commentNotFound");
  const { post, ties } = await findVisiblePostOrThrow(viewer, comment.postId);
  if (ties.blockedIds.has(comment.authorId)) throw new AppError("not_found", "feed.commentNotFound");
  return { comment, post, ties };
}
