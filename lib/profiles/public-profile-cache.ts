import { revalidatePath } from "next/cache";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Anonymous visitors of /in/<handle> get a cached render (proxy.ts sends them to app/(anonymous)); members
 * get the page rendered for them. This is the path of that cached render.
 */
export function anonymousProfilePath(locale: Locale, handle: string): string {
  return `/anonymous/${locale}/in/${handle}`;
}

/**
 * Drops the cached renders of these profiles (in every locale) and their vCards, so that the next anonymous
 * visit sees the change — a field made private must disappear at once. Call it after the change is committed, with the old
 * handle too when the handle changed (its cached page would otherwise live on) and for a new profile (its
 * handle may have a cached "not found").
 */
export function expirePublicProfile(...handles: (string | null | undefined)[]) {
  for (const handle of new Set(handles)) {
    if (!handle) continue;
    for (const locale of LOCALES) expire(anonymousProfilePath(locale, handle));
    // a route handler's cache entry is tagged with the address the visitor asked for, not the rewritten one
    expire(`/in/${handle}/vcard`);
  }
}

function expire(path: string) {
  try {
    revalidatePath(path);
  } catch (error) {
    // scripts (the seed) and unit tests run outside Next.js: their process has no page cache to expire
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
  }
}
