import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { emit, transaction } from "@/lib/core/events";
import { parseInput } from "@/lib/validation";
import { assertCanEditProfile } from "./policy";
import { SkillsSchema, type SkillsInput } from "./schemas";
import { distinctSkills, normalizeSkillName } from "./skills";
import { findOwnerOrThrow } from "@/lib/profiles/profile-owner";

/**
 * Replaces the member's skills with this ordered list and pins up to three of them. Skills kept from
 * before keep their endorsements.
 */
export async function setSkills(
  viewer: Viewer | null,
  handle: string,
  input: Partial<Record<keyof SkillsInput, unknown>>,
) {
  const { userId, handle: ownerHandle } = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, userId);
  const parsed = parseInput(SkillsSchema, input);
  const skills = distinctSkills(parsed.skills);
  const pinned = new Set((parsed.pinned ?? []).map(normalizeSkillName));
  const listed = new Set(skills.map(normalizeSkillName));
  if ([...pinned].some((name) => !listed.has(name))) {
    throw new AppError("validation", "validation", { fields: { pinned: "skills.pinnedNotListed" } });
  }
  await transaction(async (tx) => {
    await writeSkills(tx, userId, skills, pinned);
    await tx.profile.update({ where: { userId }, data: { updatedAt: new Date() } });
    await emit(tx, { type: "profile.changed", userId, handles: [ownerHandle], parts: ["skills"] });
  });
}

/** Writes the ordered list (already validated and distinct) inside the caller's transaction. */
export async function writeSkills(
  tx: Prisma.TransactionClient,
  profileId: string,
  skills: string[],
  pinned: ReadonlySet<string>,
) {
  const normalized = skills.map(normalizeSkillName);
  await tx.skill.createMany({
    data: skills.map((name, i) => ({ name, normalizedName: normalized[i]! })),
    skipDuplicates: true,
  });
  const rows = await tx.skill.findMany({
    where: { normalizedName: { in: normalized } },
    select: { id: true, normalizedName: true },
  });
  const idOf = new Map(rows.map((r) => [r.normalizedName, r.id]));
  const wanted = normalized.map((name, sortOrder) => ({
    skillId: idOf.get(name)!,
    sortOrder,
    isPinned: pinned.has(name),
  }));
  await tx.profileSkill.deleteMany({
    where: { profileId, skillId: { notIn: wanted.map((w) => w.skillId) } },
  });
  const existing = await tx.profileSkill.findMany({ where: { profileId }, select: { skillId: true } });
  const kept = new Set(existing.map((e) => e.skillId));
  for (const w of wanted.filter((w) => kept.has(w.skillId))) {
    await tx.profileSkill.update({
      where: { profileId_skillId: { profileId, skillId: w.skillId } },
      data: { sortOrder: w.sortOrder, isPinned: w.isPinned },
    });
  }
  await tx.profileSkill.createMany({
    data: wanted.filter((w) => !kept.has(w.skillId)).map((w) => ({ ...w, profileId })),
  });
}
