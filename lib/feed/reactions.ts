import "server-only";
import type { ReactionType } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { bumpAffinity } from "./affinity";
import { findVisiblePostOrThrow } from "./find-post";
import { PostRefSchema, ReactionSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

/** Each reaction type's counter column on Post. */
export const REACTION_COLUMNS = {
  like: "likeCount",
  celebrate: "celebrateCount",
  support: "supportCount",
  insightful: "insightfulCount",
  curious: "curiousCount",
} as const satisfies Record<ReactionType, string>;

const counterMoves = (added: ReactionType | null, removed: ReactionType | null) => ({
  ...(added && !removed && { reactionCount: { increment: 1 } }),
  ...(removed && !added && { reactionCount: { decrement: 1 } }),
  ...(added && { [REACTION_COLUMNS[added]]: { increment: 1 } }),
  ...(removed && { [REACTION_COLUMNS[removed]]: { decrement: 1 } }),
});

/**
 * Reacts to a post, or changes the viewer's reaction: one per member per post. The row's primary key orders
 * concurrent requests, and the counters move by increments in the same transaction, so they stay exact.
 */
export async function reactToPost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { postId, type } = parseInput(ReactionSchema, input);
  const { post } = await findVisiblePostOrThrow(viewer, postId);
  await transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "Reaction" ("postId", "userId", type) VALUES (${postId}, ${viewer.id}, ${type}::"ReactionType")
      ON CONFLICT DO NOTHING`;
    if (inserted) {
      await tx.post.update({ where: { id: postId }, data: counterMoves(type, null) });
      await bumpAffinity(tx, viewer.id, post.authorId, "reaction");
      await emit(tx, { type: "post.reacted", postId, reactorId: viewer.id, authorId: post.authorId });
      return;
    }
    const [changed] = await tx.$queryRaw<{ previous: ReactionType }[]>`
      WITH old AS (
        SELECT type FROM "Reaction" WHERE "postId" = ${postId} AND "userId" = ${viewer.id} FOR UPDATE
      )
      UPDATE "Reaction" r SET type = ${type}::"ReactionType" FROM old
      WHERE r."postId" = ${postId} AND r."userId" = ${viewer.id} AND old.type <> ${type}::"ReactionType"
      RETURNING old.type AS previous`;
    if (changed) await tx.post.update({ where: { id: postId }, data: counterMoves(type, changed.previous) });
  });
}

/** Takes the viewer's reaction back (nothing happens when there was none). */
export async function removeReaction(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { postId } = parseInput(PostRefSchema, input);
  await findVisiblePostOrThrow(viewer, postId);
  await db.$transaction(async (tx) => {
    const [removed] = await tx.$queryRaw<{ type: ReactionType }[]>`
      DELETE FROM "Reaction" WHERE "postId" = ${postId} AND "userId" = ${viewer.id} RETURNING type`;
    if (removed) await tx.post.update({ where: { id: postId }, data: counterMoves(null, removed.type) });
  });
}
