import { AppError, HTTP_STATUS } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translateError, translateFieldErrors } from "@/lib/i18n/translator";
import { log } from "@/lib/log";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

/** The one mapping from a thrown error to a JSON error response; unknown errors are logged and hidden. */
export function errorResponse(error: unknown, locale: Locale, requestId?: string): Response {
  if (error instanceof AppError) {
    const fields = translateFieldErrors(locale, error);
    const body: ErrorBody = {
      error: {
        code: error.code,
        message: translateError(locale, error.messageKey, error.details.values),
        ...(fields && { fields }),
      },
    };
    const headers: Record<string, string> = {};
    if (error.details.retryAfterSeconds) headers["Retry-After"] = String(error.details.retryAfterSeconds);
    return Response.json(body, { status: HTTP_STATUS[error.code], headers });
  }
  log.error({ err: error, requestId }, "unhandled error in API route");
  const body: ErrorBody = { error: { code: "internal", message: translateError(locale, "internal") } };
  return Response.json(body, { status: 500 });
}
