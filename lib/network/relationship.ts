import "server-only";
import { db } from "@/lib/db";

/** How one member stands to another, from the first one's side. */
export type Relationship = {
  isSelf: boolean;
  isConnected: boolean;
  /** either one blocked the other: they don't see each other at all */
  isBlocked: boolean;
  /** the first one blocked the other (and may unblock) */
  isBlocking: boolean;
  isFollowing: boolean;
  /** the pending invitation between them, whichever way it goes */
  invitation: { id: string; isSent: boolean } | null;
};

type Client = Pick<typeof db, "$queryRaw">;

/** One round trip: everything the two members' buttons, badges and policies need to know. */
export async function relationshipBetween(
  viewerId: string,
  otherId: string,
  client: Client = db,
): Promise<Relationship> {
  if (viewerId === otherId) {
    return {
      isSelf: true,
      isConnected: false,
      isBlocked: false,
      isBlocking: false,
      isFollowing: false,
      invitation: null,
    };
  }
  const [row] = await client.$queryRaw<
    {
      isConnected: boolean;
      isBlocking: boolean;
      isBlockedBy: boolean;
      isFollowing: boolean;
      invitationId: string | null;
      invitationSenderId: string | null;
    }[]
  >`
    SELECT
      EXISTS (SELECT 1 FROM "Connection" WHERE "userId" = ${viewerId} AND "otherId" = ${otherId}) AS "isConnected",
      EXISTS (SELECT 1 FROM "Block" WHERE "blockerId" = ${viewerId} AND "blockedId" = ${otherId}) AS "isBlocking",
      EXISTS (SELECT 1 FROM "Block" WHERE "blockerId" = ${otherId} AND "blockedId" = ${viewerId}) AS "isBlockedBy",
      EXISTS (SELECT 1 FROM "Follow" WHERE "followerId" = ${viewerId} AND "followeeId" = ${otherId}) AS "isFollowing",
      i.id AS "invitationId", i."senderId" AS "invitationSenderId"
    FROM (SELECT 1) AS one
    LEFT JOIN "Invitation" i ON i."pendingPair" = ${pendingPair(viewerId, otherId)}`;
  return {
    isSelf: false,
    isConnected: row!.isConnected,
    isBlocked: row!.isBlocking || row!.isBlockedBy,
    isBlocking: row!.isBlocking,
    isFollowing: row!.isFollowing,
    invitation: row!.invitationId
      ? { id: row!.invitationId, isSent: row!.invitationSenderId === viewerId }
      : null,
  };
}

/** The key that allows one pending invitation per pair of members, whichever of them sent it. */
export function pendingPair(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/**
 * Whether the viewer is connected to, or blocked either way with, the member at this address (one query;
 * proxy.ts asks it on every member's profile visit). Unknown addresses stand for no one: both false.
 */
export async function standingTowardHandle(viewerId: string, handle: string) {
  const [row] = await db.$queryRaw<{ isConnected: boolean; isBlocked: boolean }[]>`
    SELECT
      EXISTS (SELECT 1 FROM "Connection" c WHERE c."userId" = ${viewerId} AND c."otherId" = p."userId") AS "isConnected",
      EXISTS (
        SELECT 1 FROM "Block" b
        WHERE (b."blockerId" = ${viewerId} AND b."blockedId" = p."userId")
           OR (b."blockerId" = p."userId" AND b."blockedId" = ${viewerId})
      ) AS "isBlocked"
    FROM "Profile" p WHERE p.handle = ${handle.toLowerCase()}`;
  return row ?? { isConnected: false, isBlocked: false };
}
