import "server-only";
import { db } from "@/lib/db";
import { emit, transaction } from "@/lib/core/events";
import { parseInput } from "@/lib/validation";
import { memberByHandle } from "./members";
import { assertNotSelf } from "./policy";
import { pendingPair, relationshipBetween } from "./relationship";
import { MemberRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

/**
 * Blocks a member: from now on neither sees the other (profile, search, content), and whatever tied them is
 * undone — the connection, a pending invitation either way, follows both ways. Blocking twice is harmless.
 */
export async function blockMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  assertNotSelf(await relationshipBetween(viewer.id, other.userId));
  const pair = [viewer.id, other.userId];
  await transaction(async (tx) => {
    await tx.block.createMany({
      data: [{ blockerId: viewer.id, blockedId: other.userId }],
      skipDuplicates: true,
    });
    const { count } = await tx.connection.deleteMany({
      where: { userId: { in: pair }, otherId: { in: pair } },
    });
    await tx.invitation.updateMany({
      where: { pendingPair: pendingPair(viewer.id, other.userId) },
      data: { status: "withdrawn", pendingPair: null },
    });
    await tx.follow.deleteMany({ where: { followerId: { in: pair }, followeeId: { in: pair } } });
    await tx.suggestionDismissal.deleteMany({ where: { userId: { in: pair }, dismissedId: { in: pair } } });
    await emit(tx, {
      type: "member.blocked",
      blockerId: viewer.id,
      blockedId: other.userId,
      wasConnected: count > 0,
    });
  });
}

/** Lifts the viewer's block (the other member's own block, if any, stays). */
export async function unblockMember(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  await db.block.deleteMany({ where: { blockerId: viewer.id, blockedId: other.userId } });
}

/** The members the viewer blocked, to manage in settings. */
export async function listBlocked(viewer: Who) {
  assertSignedIn(viewer);
  const rows = await db.block.findMany({
    where: { blockerId: viewer.id },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { createdAt: true, blocked: { select: { name: true, profile: { select: { handle: true } } } } },
  });
  return rows.map((row) => ({
    name: row.blocked.name,
    handle: row.blocked.profile?.handle ?? null,
    blockedAt: row.createdAt,
  }));
}
