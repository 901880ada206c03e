import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isVisibleTo, readVisibility } from "@/lib/core/profile-visibility";
import { parseInput } from "@/lib/validation";
import { memberByHandle } from "./members";
import { assertCanVouch } from "./policy";
import { relationshipBetween } from "./relationship";
import { EndorsementSchema, MemberRefSchema, RecommendationSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

/** The member a vouch is for, once the viewer may vouch for them (1st degree). */
async function vouchee(viewer: Pick<Viewer, "id">, handle: string) {
  const member = await memberByHandle(handle);
  assertCanVouch(await relationshipBetween(viewer.id, member.userId));
  return member;
}

/** Endorses one of a connection's skills (again: nothing changes); they are notified the first time. */
export async function endorseSkill(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle, skillId } = parseInput(EndorsementSchema, input);
  const member = await vouchee(viewer, handle);
  const skill = await db.profileSkill.findFirst({
    where: { id: skillId, profileId: member.userId },
    select: { id: true, profile: { select: { visibility: true } } },
  });
  // skills their owner shows to nobody, or not to connections, can't be seen, so can't be endorsed
  const isSkillShown = skill && isVisibleTo(readVisibility(skill.profile.visibility).skills, "connection");
  if (!skill || !isSkillShown) throw new AppError("not_found", "network.skillNotFound");
  await transaction(async (tx) => {
    const { count } = await tx.endorsement.createMany({
      data: [{ profileSkillId: skill.id, endorserId: viewer.id }],
      skipDuplicates: true,
    });
    if (count > 0)
      await emit(tx, {
        type: "skill.endorsed",
        endorserId: viewer.id,
        memberId: member.userId,
        profileSkillId: skill.id,
      });
  });
}

/** Takes the viewer's endorsement of that skill back (none: nothing to do). */
export async function withdrawEndorsement(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle, skillId } = parseInput(EndorsementSchema, input);
  const member = await memberByHandle(handle);
  await transaction(async (tx) => {
    const { count } = await tx.endorsement.deleteMany({
      where: { profileSkillId: skillId, endorserId: viewer.id, profileSkill: { profileId: member.userId } },
    });
    if (count)
      await emit(tx, { type: "endorsement.withdrawn", endorserId: viewer.id, memberId: member.userId });
  });
}

/** Writes (or rewrites) the viewer's recommendation of a connection; they are notified when it is new. */
export async function writeRecommendation(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle, relationship, body } = parseInput(RecommendationSchema, input);
  const member = await vouchee(viewer, handle);
  await transaction(async (tx) => {
    const existing = await tx.recommendation.findUnique({
      where: { authorId_recipientId: { authorId: viewer.id, recipientId: member.userId } },
      select: { id: true },
    });
    const saved = await tx.recommendation.upsert({
      where: { authorId_recipientId: { authorId: viewer.id, recipientId: member.userId } },
      create: { authorId: viewer.id, recipientId: member.userId, relationship, body },
      update: { relationship, body },
      select: { id: true },
    });
    await emit(tx, {
      type: "recommendation.written",
      recommendationId: saved.id,
      authorId: viewer.id,
      recipientId: member.userId,
      isNew: !existing,
    });
  });
}

/** Deletes the recommendation the viewer wrote for this member. */
export async function deleteRecommendation(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { handle } = parseInput(MemberRefSchema, input);
  const member = await memberByHandle(handle);
  await transaction(async (tx) => {
    const { count } = await tx.recommendation.deleteMany({
      where: { authorId: viewer.id, recipientId: member.userId },
    });
    if (count === 0) throw new AppError("not_found", "network.recommendationNotFound");
    await emit(tx, { type: "recommendation.deleted", authorId: viewer.id, recipientId: member.userId });
  });
}

/** What the viewer already gave this member: endorsed skills and a recommendation (for the profile's buttons). */
export async function vouchesGiven(viewerId: string, memberId: string) {
  const [endorsements, recommendation] = await Promise.all([
    db.endorsement.findMany({
      where: { endorserId: viewerId, profileSkill: { profileId: memberId } },
      select: { profileSkillId: true },
    }),
    db.recommendation.findUnique({
      where: { authorId_recipientId: { authorId: viewerId, recipientId: memberId } },
      select: { relationship: true, body: true },
    }),
  ]);
  return { endorsedSkillIds: endorsements.map((e) => e.profileSkillId), recommendation };
}
