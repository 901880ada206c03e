export type AppErrorCode =
  "validation" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "too_large" | "rate_limited";

/** Field name → message key (see messages/*.json, "errors" namespace). */
export type FieldErrors = Record<string, string>;

/**
 * The one error type lib/ throws for things a user can cause. `messageKey` is a key in the "errors"
 * namespace of the message files; the adapters (form, REST, page) translate it.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: string = code,
    readonly details: {
      fields?: FieldErrors;
      /** values for a field's message, e.g. {about: {max: 2600}} */
      fieldValues?: Record<string, Record<string, string | number>>;
      retryAfterSeconds?: number;
      values?: Record<string, string | number>;
    } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
};
