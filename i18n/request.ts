import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getViewer } from "@/lib/core/viewer";
import { isLocale, LOCALE_COOKIE, pickLocale, TIME_ZONE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/i18n/time-zones";

/**
 * The locale and time zone of a page rendered per request: the member's settings, then the cookies (the
 * locale's from the switcher, the zone's from the browser itself), then the browser's languages and the site's
 * zone. The zone never follows the language: one deadline reads the same day in Chinese and in English.
 */
async function localeAndZoneOfRequest(): Promise<{ locale: Locale; timeZone: string }> {
  const [viewer, cookieStore, headerList] = await Promise.all([getViewer(), cookies(), headers()]);
  const locale = pickLocale({
    userLocale: viewer?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  const browserZone = cookieStore.get(TIME_ZONE_COOKIE)?.value;
  const timeZone = [viewer?.timeZone, browserZone].find(isTimeZone) ?? DEFAULT_TIME_ZONE;
  return { locale, timeZone };
}

export default getRequestConfig(async ({ requestLocale }) => {
  // cached pages (app/(cached)) carry their locale in the path and set it with setRequestLocale
  // (and the site's time zone: what they show is the same for every visitor)
  const requested = await requestLocale;
  const { locale, timeZone } = isLocale(requested)
    ? { locale: requested, timeZone: DEFAULT_TIME_ZONE }
    : await localeAndZoneOfRequest();
  return { locale, messages: MESSAGES[locale], timeZone };
});
