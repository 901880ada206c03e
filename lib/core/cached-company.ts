import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { CACHED_AUDIENCES, expireCachedPath, type CachedAudience } from "@/lib/core/cached-profile";

/**
 * A page's home (/company/<slug>) and its products tab look the same to every visitor of an audience — what
 * differs per member (following, connections who work there, admin links) is asked for by the browser — so
 * proxy.ts sends every request for them to their cached render in app/(cached).
 */
export const CACHED_COMPANY_TABS = ["", "/products"] as const;
export type CachedCompanyTab = (typeof CACHED_COMPANY_TABS)[number];

export function cachedCompanyPath(
  audience: CachedAudience,
  locale: Locale,
  slug: string,
  tab: CachedCompanyTab = "",
): string {
  return `/cached/${audience}/${locale}/company/${slug.toLowerCase()}${tab}`;
}

/** Drops the cached renders of these pages; call it after a change to what they show is committed. */
export function expireCachedCompany(...slugs: (string | null | undefined)[]) {
  for (const slug of new Set(slugs)) {
    if (!slug) continue;
    for (const audience of CACHED_AUDIENCES) {
      for (const locale of LOCALES) {
        for (const tab of CACHED_COMPANY_TABS)
          expireCachedPath(cachedCompanyPath(audience, locale, slug, tab));
      }
    }
  }
}
