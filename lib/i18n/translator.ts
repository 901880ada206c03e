import { createTranslator } from "use-intl/core";
import type { AppError } from "@/lib/errors";
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

/** A validation error's field messages in `locale` (field name → sentence), or undefined when it has none. */
export function translateFieldErrors(locale: Locale, error: AppError): Record<string, string> | undefined {
  const { fields, fieldValues } = error.details;
  if (!fields) return undefined;
  return Object.fromEntries(
    Object.entries(fields).map(([field, key]) => [field, translateError(locale, key, fieldValues?.[field])]),
  );
}
