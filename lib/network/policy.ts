import type { Viewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import type { Relationship } from "./relationship";

/** Members who blocked each other don't exist for each other: every action between them is "not found". */
export function assertVisible(relationship: Relationship) {
  if (relationship.isBlocked) throw new AppError("not_found", "profile.notFound");
}

/** Inviting: someone else, not blocked, not yet connected, not already invited by the viewer. */
export function assertCanInvite(relationship: Relationship) {
  if (relationship.isSelf) throw new AppError("forbidden", "network.notYourself");
  assertVisible(relationship);
  if (relationship.isConnected) throw new AppError("conflict", "network.alreadyConnected");
  if (relationship.invitation?.isSent) throw new AppError("conflict", "network.alreadyInvited");
}

/**
 * Reporting: anyone but oneself and those who blocked the viewer (they don't exist for the viewer); a member may
 * report someone they blocked.
 */
export function assertCanReport(relationship: Relationship) {
  assertNotSelf(relationship);
  if (relationship.isBlocked && !relationship.isBlocking) throw new AppError("not_found", "profile.notFound");
}

/** Following, reporting, blocking: anyone but oneself (blocking someone who blocked you is allowed). */
export function assertNotSelf(relationship: Relationship) {
  if (relationship.isSelf) throw new AppError("forbidden", "network.notYourself");
}

/** Only the invited member accepts or ignores an invitation; only its sender withdraws it. */
export function assertInvitationSide(
  viewer: Pick<Viewer, "id">,
  invitation: { senderId: string; recipientId: string },
  side: "recipient" | "sender",
) {
  const isParty = viewer.id === invitation.senderId || viewer.id === invitation.recipientId;
  if (!isParty) throw new AppError("not_found", "network.invitationNotFound");
  const sideId = side === "recipient" ? invitation.recipientId : invitation.senderId;
  if (viewer.id !== sideId) {
    throw new AppError("forbidden", side === "recipient" ? "network.notInvited" : "network.notSender");
  }
}

/** Endorsing a skill or writing a recommendation: only for one's 1st-degree connections. */
export function assertCanVouch(relationship: Relationship) {
  if (relationship.isSelf) throw new AppError("forbidden", "network.notYourself");
  assertVisible(relationship);
  if (!relationship.isConnected) throw new AppError("forbidden", "network.connectionsOnly");
}
