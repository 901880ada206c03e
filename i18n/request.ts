import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getViewer } from "@/lib/core/viewer";
import { isLocale, LOCALE_COOKIE, pickLocale, type Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

/** The locale of a page rendered per request: the member's setting, the cookie, then the browser's. */
async function localeOfRequest(): Promise<Locale> {
  const [viewer, cookieStore, headerList] = await Promise.all([getViewer(), cookies(), headers()]);
  return pickLocale({
    userLocale: viewer?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
}

export default getRequestConfig(async ({ requestLocale }) => {
  // cached pages (app/(cached)) carry their locale in the path and set it with setRequestLocale
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : await localeOfRequest();
  // until members pick a time zone in settings (a later issue), each locale gets its main one
  return { locale, messages: MESSAGES[locale], timeZone: locale === "zh-CN" ? "Asia/Shanghai" : "UTC" };
});
