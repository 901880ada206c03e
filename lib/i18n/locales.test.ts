import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, pickLocale } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,en;q=0.5,zh;q=0.4", "en"],
    ["fr;q=0.9, zh-Hans;q=0.95", "zh-CN"],
    ["en;q=0, zh;q=0.1", "zh-CN"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it.each([null, "", "de,fr", "*", ";;;,,,q=x"])("no supported language in %j", (header) => {
    expect(localeFromAcceptLanguage(header)).toBeNull();
  });
});

describe("pickLocale", () => {
  it("prefers the member's setting, then the cookie, then the browser", () => {
    expect(pickLocale({ userLocale: "en", cookie: "zh-CN", acceptLanguage: "zh-CN" })).toBe("en");
    expect(pickLocale({ userLocale: null, cookie: "zh-CN", acceptLanguage: "en" })).toBe("zh-CN");
    expect(pickLocale({ cookie: "klingon", acceptLanguage: "zh-CN" })).toBe("zh-CN");
    expect(pickLocale({})).toBe("en");
  });
});
