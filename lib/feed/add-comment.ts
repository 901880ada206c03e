import "server-only";
import { throttle } from "@/lib/core/throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { bumpAffinity } from "./affinity";
import { findVisiblePostOrThrow } from "./find-post";
import { assertCanComment } from "./policy";
import { CommentSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { findCommentOrThrow } from "./find-comment";
import { emit, transaction } from "@/lib/core/events";

/**
 * Comments on a post, or replies to a top-level comment (threads are two levels deep: a reply to a reply
 * joins the same thread). 200 comments an hour at most. The post's author and the replied-to commenter are
 * notified.
 */
export async function addComment(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(CommentSchema, input);
  const { post, ties } = await findVisiblePostOrThrow(viewer, data.postId);
  assertCanComment(viewer, post, ties);
  let parent: { id: string; authorId: string } | null = null;
  if (data.parentId) {
    const replyTo = await findCommentOrThrow(viewer, data.parentId);
    if (replyTo.comment.postId !== post.id) throw new AppError("not_found", "feed.commentNotFound");
    parent = replyTo.comment.parentId
      ? await db.comment.findUniqueOrThrow({
          where: { id: replyTo.comment.parentId },
          select: { id: true, authorId: true },
        })
      : replyTo.comment;
  }
  await throttle("commentsPerMember", viewer.id);
  return transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { postId: post.id, authorId: viewer.id, parentId: parent?.id, text: data.text },
      select: { id: true },
    });
    await tx.post.update({ where: { id: post.id }, data: { commentCount: { increment: 1 } } });
    if (parent) await tx.comment.update({ where: { id: parent.id }, data: { replyCount: { increment: 1 } } });
    await bumpAffinity(tx, viewer.id, post.authorId, "comment");
    await emit(tx, {
      type: "comment.added",
      commentId: comment.id,
      postId: post.id,
      authorId: viewer.id,
      postAuthorId: post.authorId,
      parentAuthorId: parent?.authorId ?? null,
    });
    return comment;
  });
}
