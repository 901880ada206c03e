import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { memberByHandle } from "./members";
import { assertCanInvite, assertInvitationSide } from "./policy";
import { pendingPair, relationshipBetween } from "./relationship";
import { InvitationRefSchema, InvitationSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

export const INVITATIONS_PER_WEEK = 100;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitationResult = { status: "sent"; invitationId: string } | { status: "connected" };

/**
 * Invites a member to connect, with an optional note. If they had already invited the viewer, the two are
 * connected instead — also when both invite each other at the same moment (one pending invitation per pair).
 */
export async function sendInvitation(viewer: Who, input: unknown): Promise<InvitationResult> {
  assertSignedIn(viewer);
  const { handle, note, email } = parseInput(InvitationSchema, input);
  const invitee = await memberByHandle(handle);
  for (let attempt = 0; ; attempt++) {
    const relationship = await relationshipBetween(viewer.id, invitee.userId);
    assertCanInvite(relationship);
    if (relationship.invitation) {
      await connectThrough(relationship.invitation.id, viewer.id);
      return { status: "connected" };
    }
    if (invitee.isEmailNeededToInvite && email !== invitee.user.email) {
      throw new AppError("validation", "validation", { fields: { email: "network.emailNeeded" } });
    }
    await assertUnderWeeklyLimit(viewer.id);
    try {
      const invitation = await transaction(async (tx) => {
        const created = await tx.invitation.create({
          data: {
            senderId: viewer.id,
            recipientId: invitee.userId,
            note,
            pendingPair: pendingPair(viewer.id, invitee.userId),
          },
          select: { id: true },
        });
        await emit(tx, {
          type: "invitation.sent",
          invitationId: created.id,
          senderId: viewer.id,
          recipientId: invitee.userId,
        });
        return created;
      });
      return { status: "sent", invitationId: invitation.id };
    } catch (error) {
      // the other one invited the viewer at the same moment: look again, and accept theirs
      const isPairTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!isPairTaken || attempt > 0) throw error;
    }
  }
}

async function assertUnderWeeklyLimit(senderId: string) {
  const since = new Date(Date.now() - WEEK_MS);
  const sent = await db.invitation.count({ where: { senderId, createdAt: { gte: since } } });
  if (sent >= INVITATIONS_PER_WEEK) {
    throw new AppError("rate_limited", "network.invitationLimit", {
      values: { max: INVITATIONS_PER_WEEK },
      retryAfterSeconds: 24 * 60 * 60,
    });
  }
}

/** The invited member accepts: the two are connected (once, however many times this runs). */
export async function acceptInvitation(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { invitationId } = parseInput(InvitationRefSchema, input);
  await assertPendingOnSide(viewer, invitationId, "recipient");
  await connectThrough(invitationId, viewer.id);
}

/** The invited member ignores it: the sender is not told, and may not invite again while it stands. */
export async function ignoreInvitation(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { invitationId } = parseInput(InvitationRefSchema, input);
  await assertPendingOnSide(viewer, invitationId, "recipient");
  await closeInvitation(invitationId, { recipientId: viewer.id }, "ignored");
}

/** The sender takes it back. */
export async function withdrawInvitation(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { invitationId } = parseInput(InvitationRefSchema, input);
  await assertPendingOnSide(viewer, invitationId, "sender");
  await closeInvitation(invitationId, { senderId: viewer.id }, "withdrawn");
}

async function assertPendingOnSide(viewer: Pick<Viewer, "id">, id: string, side: "recipient" | "sender") {
  const invitation = await db.invitation.findUnique({
    where: { id },
    select: { senderId: true, recipientId: true, status: true },
  });
  if (!invitation) throw new AppError("not_found", "network.invitationNotFound");
  assertInvitationSide(viewer, invitation, side);
  if (invitation.status !== "pending") throw new AppError("conflict", "network.invitationClosed");
}

async function closeInvitation(
  id: string,
  party: { senderId: string } | { recipientId: string },
  status: "ignored" | "withdrawn",
) {
  const { count } = await db.invitation.updateMany({
    where: { id, status: "pending", ...party },
    data: { status, pendingPair: null },
  });
  if (count === 0) throw new AppError("conflict", "network.invitationClosed");
}

/** Accepts a pending invitation on behalf of its recipient and connects the pair (two rows), in one transaction. */
async function connectThrough(invitationId: string, recipientId: string) {
  await transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id: invitationId },
      select: { senderId: true, recipientId: true },
    });
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, recipientId, status: "pending" },
      data: { status: "accepted", pendingPair: null },
    });
    if (count === 0 || !invitation) throw new AppError("conflict", "network.invitationClosed");
    const { senderId } = invitation;
    await tx.connection.createMany({
      data: [
        { userId: senderId, otherId: recipientId },
        { userId: recipientId, otherId: senderId },
      ],
      skipDuplicates: true,
    });
    await emit(tx, { type: "connection.made", invitationId, inviterId: senderId, inviteeId: recipientId });
  });
}
