import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSearchChange } from "@/lib/search/outbox";
import { parseInput, type Untrusted } from "@/lib/validation";
import { getOwnProfile } from "./get-profile";
import { assertCanEditProfile } from "./policy";
import { requestSuggestionRefresh } from "@/lib/network/suggestions";
import { expireCachedProfile } from "@/lib/core/cached-profile";
import { ProfileUpdateSchema, type ProfileUpdateInput } from "./schemas";
import { readVisibility } from "@/lib/core/profile-visibility";
import { findOwnerOrThrow } from "./profile-owner";

/** Changes any subset of a profile's own fields (PATCH semantics); only its owner may. */
export async function updateProfile(
  viewer: Viewer | null,
  handle: string,
  input: Untrusted<ProfileUpdateInput> | Record<string, unknown>,
) {
  const owner = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, owner.userId);
  const { name, visibility, ...fields } = parseInput(ProfileUpdateSchema, input);
  try {
    await db.$transaction(async (tx) => {
      await tx.profile.update({
        where: { userId: owner.userId },
        data: {
          ...fields,
          ...(visibility && { visibility: { ...readVisibility(owner.visibility), ...visibility } }),
        },
      });
      if (name !== undefined) await tx.user.update({ where: { id: owner.userId }, data: { name } });
      await recordSearchChange(tx, "person", owner.userId);
      if ([name, fields.handle, fields.findableBy].some((value) => value !== undefined))
        await recordSearchChange(tx, "author", owner.userId);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "handle.taken", { fields: { handle: "handle.taken" } });
    }
    throw error;
  }
  const updated = await getOwnProfile(viewer);
  const isIdentityChanged = [name, fields.headline, fields.handle].some((value) => value !== undefined);
  expireCachedProfile(
    owner.handle,
    updated.handle,
    ...(isIdentityChanged ? await recommendedHandles(owner.userId) : []),
  );
  if (fields.city !== undefined || fields.industry !== undefined)
    await requestSuggestionRefresh([owner.userId]);
  return updated;
}

/** The profiles this member recommended: each shows their name, headline and address under the recommendation. */
async function recommendedHandles(authorId: string) {
  const recommendations = await db.recommendation.findMany({
    where: { authorId },
    select: { recipient: { select: { profile: { select: { handle: true } } } } },
  });
  return recommendations.map((r) => r.recipient.profile?.handle);
}
