import { revalidatePath } from "next/cache";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * /in/<handle> and its vCard look the same to every visitor who is not signed in, and to every member who is
 * neither the owner nor connected to them. Those two audiences get a render from Next.js's cache:
 * proxy.ts sends them to app/(cached). The owner's own view is rendered per request.
 */
export const CACHED_AUDIENCES = ["anonymous", "member"] as const;
export type CachedAudience = (typeof CACHED_AUDIENCES)[number];

export function isCachedAudience(value: string): value is CachedAudience {
  return (CACHED_AUDIENCES as readonly string[]).includes(value);
}

/**
 * Which cached render this viewer gets of the profile at `handle`, or null when it is rendered for them: for its
 * owner, their connections (who may see more) and members blocked either way (who get "not found").
 */
export function cachedAudienceFor(
  viewer: Pick<Viewer, "handle"> | null,
  handle: string,
  standing: { isConnected: boolean; isBlocked: boolean },
): CachedAudience | null {
  if (!viewer) return "anonymous";
  const isOwner = viewer.handle === handle.toLowerCase();
  return isOwner || standing.isConnected || standing.isBlocked ? null : "member";
}

/** The path of a cached render (handles are stored lower-case; any spelling of one shares its render). */
export function cachedProfilePath(audience: CachedAudience, locale: Locale, handle: string): string {
  return `/cached/${audience}/${locale}/in/${handle.toLowerCase()}`;
}

/**
 * Drops the cached renders of these profiles (every audience, every locale) and their vCards, so that the
 * next visit sees the change — a field made private must disappear at once. Call it after the change is
 * committed, with the old handle too when the handle changed (its cached page would otherwise live on) and
 * for a new profile (its handle may have a cached "not found").
 */
export function expireCachedProfile(...handles: (string | null | undefined)[]) {
  for (const handle of new Set(handles)) {
    if (!handle) continue;
    for (const audience of CACHED_AUDIENCES) {
      for (const locale of LOCALES) expireCachedPath(cachedProfilePath(audience, locale, handle));
    }
    // a route handler's cache entries are tagged with the address the visitor asked for, not the rewritten one
    expireCachedPath(`/in/${handle}/vcard`);
  }
}

/** The same, for members given by id (network changes: counts and what connections may see). */
export async function expireCachedProfilesOf(userIds: string[]) {
  const profiles = await db.profile.findMany({
    where: { userId: { in: userIds } },
    select: { handle: true },
  });
  expireCachedProfile(...profiles.map((p) => p.handle));
}

/** Drops one cached page (a no-op outside Next.js). */
export function expireCachedPath(path: string) {
  try {
    revalidatePath(path);
  } catch (error) {
    // scripts (the seed) and unit tests run outside Next.js: their process has no page cache to expire
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
  }
}
