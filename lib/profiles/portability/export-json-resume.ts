import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { env } from "@/lib/env";
import { getOwnProfile } from "../get-profile";
import { assertCanEditProfile } from "../policy";
import { findOwnerOrThrow } from "../profile-owner";
import { toJsonResume } from "./json-resume";

/** The member's own profile, everything in it, as a JSON Resume: only they may take it. */
export async function exportJsonResume(viewer: Viewer | null, handle: string) {
  const { userId } = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, userId);
  return toJsonResume(await getOwnProfile({ id: userId }), env().APP_URL);
}
