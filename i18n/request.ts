import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getViewer } from "@/lib/auth/viewer";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const [viewer, cookieStore, headerList] = await Promise.all([getViewer(), cookies(), headers()]);
  const locale = pickLocale({
    userLocale: viewer?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
  // until members pick a time zone in settings (a later issue), each locale gets its main one
  return { locale, messages: MESSAGES[locale], timeZone: locale === "zh-CN" ? "Asia/Shanghai" : "UTC" };
});
