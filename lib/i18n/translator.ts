import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { MESSAGES } from "./messages";

/** A translator outside React (REST errors, emails, the worker). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

/** Translates a key from the "errors" namespace, falling back to the generic message for unknown keys. */
export function translateError(
  locale: Locale,
  key: string,
  values?: Record<string, string | number>,
): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "errors" });
  return t.has(key as never) ? t(key as never, values as never) : t("invalid");
}
