import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { CommentReactionSchema, CommentRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { findCommentOrThrow } from "./find-comment";

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
