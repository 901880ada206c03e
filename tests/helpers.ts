import { randomInt } from "node:crypto";
import type { RequestContext } from "@/lib/http/request-context";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { signUp } from "@/lib/auth/sign-up";
import { acceptRoleOffer } from "@/lib/companies/admin-invitations";
import { setAdmin } from "@/lib/companies/admins";
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

/** Signs a new member up through the use case and returns their account row. */
export async function signUpMember(member: { name: string; email: string }, context = requestContext()) {
  const { email } = await signUp({ ...member, password: STRONG_PASSWORD }, context);
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true } });
}

/** The mails queued for an address (the worker sends them), oldest first. */
export async function queuedMails(to: string) {
  return db.$queryRaw<{ data: { template: string; locale: string; values: Record<string, string> } }[]>`
    SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = ${to} ORDER BY created_on`;
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
    return { ...user, sessionId: "test", locale: "en", timeZone: null, isEmailVerified: true, handle };
  });
}

/** Gives a member a role on a page as its super admin does: offered, then accepted by the member. */
export async function givePageRole(
  superAdmin: Pick<Viewer, "id">,
  slug: string,
  member: Pick<Viewer, "id"> & { handle: string },
  role: "super_admin" | "content_admin" | "recruiter" | "analyst",
) {
  if ((await setAdmin(superAdmin, { slug }, { handle: member.handle, role })) === "changed") return;
  const offer = await db.companyAdminInvitation.findFirstOrThrow({
    where: { userId: member.id, company: { slug } },
    select: { id: true },
  });
  await acceptRoleOffer(member, { invitationId: offer.id });
}
