import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getOwnProfile } from "../get-profile";
import { assertCanEditProfile } from "../policy";
import { findOwnerOrThrow } from "../profile-owner";
import { toJsonResume, type ResumeSources } from "./json-resume";

/** The member's own profile, everything in it, as a JSON Resume: only they may take it. */
export async function exportJsonResume(viewer: Viewer | null, handle: string) {
  const { userId } = await findOwnerOrThrow(handle);
  assertCanEditProfile(viewer, userId);
  const [profile, sources] = await Promise.all([getOwnProfile({ id: userId }), resumeSourcesOf(userId)]);
  return toJsonResume(profile, env().APP_URL, sources);
}

/** The JSON Resume entries an import kept behind the member's rows and profile. */
async function resumeSourcesOf(userId: string): Promise<ResumeSources> {
  const sourced = { where: { profileId: userId }, select: { id: true, source: true } } as const;
  const [profile, ...lists] = await Promise.all([
    db.profile.findUniqueOrThrow({ where: { userId }, select: { resumeSource: true } }),
    db.position.findMany(sourced),
    db.education.findMany(sourced),
    db.certification.findMany(sourced),
    db.profileLanguage.findMany(sourced),
    db.accomplishment.findMany(sourced),
  ]);
  return {
    rows: new Map(
      lists.flat().flatMap((row) => (row.source === null ? [] : [[row.id, row.source] as const])),
    ),
    profile: profile.resumeSource,
  };
}
