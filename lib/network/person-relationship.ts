import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { degreeBetween, mutualConnections } from "./degrees";
import { memberByHandle } from "./members";
import { assertVisible } from "./policy";
import { relationshipBetween } from "./relationship";
import { MemberRefSchema } from "./schemas";
import { vouchesGiven } from "./vouches";
import { assertSignedIn } from "@/lib/core/who";

/**
 * What the viewer's buttons and badges on someone's profile need: the degree, the connections in common
 * (a count and a few faces), the pending invitation either way, following and blocking.
 */
export async function personRelationship(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  const relationship = await relationshipBetween(viewer.id, other.userId);
  assertVisible(relationship);
  if (relationship.isSelf) {
    const nothing = {
      degree: null,
      mutual: { count: 0, people: [] },
      endorsedSkillIds: [],
      recommendation: null,
    };
    return { ...relationship, ...nothing, isEmailNeededToInvite: false };
  }
  const [degree, mutual, given] = await Promise.all([
    relationship.isConnected ? (1 as const) : degreeBetween(viewer.id, other.userId),
    mutualConnections(viewer.id, other.userId),
    relationship.isConnected ? vouchesGiven(viewer.id, other.userId) : null,
  ]);
  return {
    ...relationship,
    degree,
    mutual,
    isEmailNeededToInvite: other.isEmailNeededToInvite,
    endorsedSkillIds: given?.endorsedSkillIds ?? [],
    recommendation: given?.recommendation ?? null,
  };
}

/** The connections the viewer and this member have in common, up to 100 of them by name. */
export async function listMutualConnections(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const other = await memberByHandle(handle);
  assertVisible(await relationshipBetween(viewer.id, other.userId));
  return mutualConnections(viewer.id, other.userId, { faces: 100 });
}

/** A member's counts shown on their profile. */
export async function networkCounts(userId: string) {
  const [connections, followers] = await Promise.all([
    db.connection.count({ where: { userId } }),
    db.follow.count({ where: { followeeId: userId } }),
  ]);
  return { connections, followers };
}
