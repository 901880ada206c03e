import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { emit, transaction } from "@/lib/core/events";
import { AppError } from "@/lib/errors";
import { parseInput, type Untrusted } from "@/lib/validation";
import { getOwnProfile } from "./get-profile";
import { assertCanEditProfile } from "./policy";
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
    await transaction(async (tx) => {
      const { handle: newHandle } = await tx.profile.update({
        where: { userId: owner.userId },
        data: {
          ...fields,
          ...(visibility && { visibility: { ...readVisibility(owner.visibility), ...visibility } }),
        },
        select: { handle: true },
      });
      if (name !== undefined) await tx.user.update({ where: { id: owner.userId }, data: { name } });
      const parts = Object.entries({ ...fields, name, visibility })
        .filter(([, value]) => value !== undefined)
        .map(([part]) => part);
      await emit(tx, {
        type: "profile.changed",
        userId: owner.userId,
        handles: [owner.handle, newHandle],
        parts,
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "handle.taken", { fields: { handle: "handle.taken" } });
    }
    throw error;
  }
  return getOwnProfile(viewer);
}
