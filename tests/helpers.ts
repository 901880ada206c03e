import { randomInt } from "node:crypto";
import type { RequestContext } from "@/lib/auth/request-context";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { createProfile } from "@/lib/profiles/create-profile";
import { uniqueMember } from "@/prisma/seed/factories";
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

/** A member with a fresh profile, written straight to the database (no password: tests act as them directly). */
export async function createMember(overrides: { name?: string } = {}): Promise<Viewer & { handle: string }> {
  const seed = uniqueMember(overrides);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { name: seed.name, email: seed.email, locale: "en" },
      select: { id: true, name: true, email: true },
    });
    const { handle } = await createProfile(tx, user);
    return { ...user, sessionId: "test", locale: "en", isEmailVerified: true, handle };
  });
}
