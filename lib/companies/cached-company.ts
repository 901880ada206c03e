import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { CACHED_AUDIENCES, expireCachedPath, type CachedAudience } from "@/lib/profiles/cached-profile";

/**
 * A page's home (/company/<slug>) looks the same to every visitor of an audience — what differs per member
 * (following, connections who work there, admin links) is asked for by the browser — so proxy.ts sends
 * every request to its cached render in app/(cached).
 */
export function cachedCompanyPath(audience: CachedAudience, locale: Locale, slug: string): string {
  return `/cached/${audience}/${locale}/company/${slug.toLowerCase()}`;
}

/** Drops the cached renders of these pages; call it after a change to what the home shows is committed. */
export function expireCachedCompany(...slugs: (string | null | undefined)[]) {
  for (const slug of new Set(slugs)) {
    if (!slug) continue;
    for (const audience of CACHED_AUDIENCES) {
      for (const locale of LOCALES) expireCachedPath(cachedCompanyPath(audience, locale, slug));
    }
  }
}
