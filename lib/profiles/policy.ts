import type { Viewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import type { Who } from "@/lib/core/who";

/** Only the member edits their own profile (and imports into it, uploads its images, hides what others wrote). */
export function canEditProfile(viewer: Who, ownerId: string): boolean {
  return viewer !== null && viewer.id === ownerId;
}

/** Endorsing a skill or writing a recommendation: 1st-degree connections only, never oneself. */
export function canVouchFor(
  viewer: Who,
  ownerId: string,
  { isConnection }: { isConnection: boolean },
): boolean {
  return viewer !== null && viewer.id !== ownerId && isConnection;
}

export function assertCanEditProfile(viewer: Who, ownerId: string): asserts viewer is Pick<Viewer, "id"> {
  if (!viewer) throw new AppError("unauthenticated");
  if (!canEditProfile(viewer, ownerId)) throw new AppError("forbidden", "profile.notYours");
}
