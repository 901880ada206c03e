import "server-only";
import { throttle } from "@/lib/core/throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/core/notify";
import { parseInput } from "@/lib/validation";
import { bumpAffinity } from "./affinity";
import { findVisiblePostOrThrow } from "./find-post";
import { assertAuthor, assertCanComment } from "./policy";
import { CommentEditSchema, CommentReactionSchema, CommentRefSchema, CommentSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

/** A comment the viewer may act on: it exists, isn't deleted, and its post is visible to them. */
async function findCommentOrThrow(viewer: Who, commentId: string) {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, postId: true, authorId: true, parentId: true, deletedAt: true },
  });
  if (!comment || comment.deletedAt) throw new AppError("not_found", "feed.commentNotFound");
  const { post, ties } = await findVisiblePostOrThrow(viewer, comment.postId);
  if (ties.blockedIds.has(comment.authorId)) throw new AppError("not_found", "feed.commentNotFound");
  return { comment, post, ties };
}

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
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { postId: post.id, authorId: viewer.id, parentId: parent?.id, text: data.text },
      select: { id: true },
    });
    await tx.post.update({ where: { id: post.id }, data: { commentCount: { increment: 1 } } });
    if (parent) await tx.comment.update({ where: { id: parent.id }, data: { replyCount: { increment: 1 } } });
    await bumpAffinity(tx, viewer.id, post.authorId, "comment");
    if (post.authorId !== viewer.id)
      await notify(tx, {
        recipientId: post.authorId,
        kind: "post_comment",
        actorId: viewer.id,
        subjectId: post.id,
      });
    if (parent && parent.authorId !== viewer.id && parent.authorId !== post.authorId)
      await notify(tx, {
        recipientId: parent.authorId,
        kind: "comment_reply",
        actorId: viewer.id,
        subjectId: post.id,
      });
    return comment;
  });
}

export async function editComment(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(CommentEditSchema, input);
  const { comment } = await findCommentOrThrow(viewer, data.commentId);
  assertAuthor(viewer, comment);
  await db.comment.update({ where: { id: comment.id }, data: { text: data.text, editedAt: new Date() } });
}

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

/** Reacts to a comment (one reaction per member, changeable); its counter counts members who reacted. */
export async function reactToComment(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { commentId, type } = parseInput(CommentReactionSchema, input);
  await findCommentOrThrow(viewer, commentId);
  await db.$transaction(async (tx) => {
    // xmax = 0: the row was inserted, not updated
    const [row] = await tx.$queryRaw<{ isNew: boolean }[]>`
      INSERT INTO "CommentReaction" ("commentId", "userId", type)
      VALUES (${commentId}, ${viewer.id}, ${type}::"ReactionType")
      ON CONFLICT ("commentId", "userId") DO UPDATE SET type = EXCLUDED.type
      RETURNING (xmax = 0) AS "isNew"`;
    if (row?.isNew)
      await tx.comment.update({ where: { id: commentId }, data: { reactionCount: { increment: 1 } } });
  });
}

export async function removeCommentReaction(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { commentId } = parseInput(CommentRefSchema, input);
  await findCommentOrThrow(viewer, commentId);
  await db.$transaction(async (tx) => {
    const removed = await tx.$executeRaw`
      DELETE FROM "CommentReaction" WHERE "commentId" = ${commentId} AND "userId" = ${viewer.id}`;
    if (removed)
      await tx.comment.update({ where: { id: commentId }, data: { reactionCount: { decrement: 1 } } });
  });
}
