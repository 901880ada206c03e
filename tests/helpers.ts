import { randomInt } from "node:crypto";
import type { RequestContext } from "@/lib/auth/request-context";
import { AppError } from "@/lib/errors";

/** A request from an address no other test uses (throttles count per address). */
export function requestContext(overrides: Partial<RequestContext> = {}): RequestContext {
  return {
    ip: `10.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}`,
    userAgent: "vitest",
    locale: "en",
    ...overrides,
  };
}

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, but the call succeeded");
}

/** A password that passes the strength check. */
export const STRONG_PASSWORD = "velvet harbour quietly sings";
