import "server-only";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { clientIp, type RequestContext } from "@/lib/http/request-context";
import { AppError } from "@/lib/errors";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { translateError, translateFieldErrors } from "@/lib/i18n/translator";
import { log } from "@/lib/log";
import type { FormState } from "./form-state";

export async function actionContext(): Promise<RequestContext> {
  const [headerList, locale] = await Promise.all([headers(), getLocale()]);
  return {
    ip: clientIp(headerList),
    userAgent: headerList.get("user-agent"),
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
  };
}

/** Field values from a form, as strings (files and repeated keys are not expected here). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData)
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** Form fields as strings, repeated keys (checkbox groups) joined by newlines, which list fields split on. */
export function formListValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    values[key] = formData
      .getAll(key)
      .filter((v) => typeof v === "string")
      .join("\n");
  }
  return values;
}

/**
 * Maps an error thrown by a use case to form state; anything that is not an AppError is logged and hidden.
 * `fieldNames`: the form's own fields. A field message for anything else (an entry inside an uploaded file, say)
 * has nowhere to show, so it goes in the form's message instead of "check the highlighted fields".
 */
export async function formError(
  error: unknown,
  values: Record<string, string> = {},
  fieldNames: ReadonlySet<string> = new Set(Object.keys(values)),
): Promise<FormState> {
  const { locale } = await actionContext();
  const safeValues = Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
  if (error instanceof AppError) {
    const fields = translateFieldErrors(locale, error);
    const unplaced = Object.entries(fields ?? {}).filter(([name]) => !fieldNames.has(name));
    const message = unplaced.length
      ? [...new Set(unplaced.map(([, text]) => text))].join(" ")
      : translateError(locale, error.messageKey, error.details.values);
    // a message already shown under its field isn't repeated at the top of the form
    const isShownUnderField = !unplaced.length && Object.values(fields ?? {}).includes(message);
    return { status: "error", message: isShownUnderField ? undefined : message, fields, values: safeValues };
  }
  log.error({ err: error }, "unhandled error in server action");
  return { status: "error", message: translateError(locale, "internal"), values: safeValues };
}
