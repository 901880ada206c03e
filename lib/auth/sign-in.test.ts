import { decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueMember } from "@/prisma/seed/factories";
import { appErrorOf, requestContext, STRONG_PASSWORD, signUpMember } from "@/tests/helpers";
import { listSessions } from "./list-sessions";
import { signIn } from "./sign-in";
import { signOut, signOutEverywhere } from "./sign-out";
import type { Viewer } from "@/lib/core/viewer";

async function newMember() {
  const member = uniqueMember();
  const user = await signUpMember(member);
  return { ...member, id: user.id };
}

const viewerFor = (id: string, sessionId: string): Viewer => ({
  id,
  sessionId,
  email: "",
  name: "",
  handle: null,
  locale: null,
  timeZone: null,
  isEmailVerified: false,
});

describe("signIn", () => {
  it("starts a session row and returns next-auth's cookie naming it", async () => {
    const member = await newMember();
    const session = await signIn(
      { email: member.email.toUpperCase(), password: STRONG_PASSWORD },
      requestContext({ userAgent: "Firefox" }),
    );
    expect(session.name).toBe("next-auth.session-token");
    expect(session.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    const token = await decode({ token: session.value, secret: process.env.AUTH_SECRET! });
    expect(token).toMatchObject({ sub: member.id, sid: session.sessionId });
    expect(await db.session.findUnique({ where: { id: session.sessionId } })).toMatchObject({
      userId: member.id,
      userAgent: "Firefox",
    });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const member = await newMember();
    const wrong = await appErrorOf(
      signIn({ email: member.email, password: "not the password" }, requestContext()),
    );
    const unknown = await appErrorOf(
      signIn({ email: uniqueMember().email, password: STRONG_PASSWORD }, requestContext()),
    );
    expect([wrong.code, wrong.messageKey]).toEqual(["unauthenticated", "wrongCredentials"]);
    expect([unknown.code, unknown.messageKey]).toEqual(["unauthenticated", "wrongCredentials"]);
  });

  it("throttles one account from one address to 10 attempts in 15 minutes, even with the right password", async () => {
    const member = await newMember();
    const attacker = requestContext();
    for (let i = 0; i < 10; i++)
      await appErrorOf(signIn({ email: member.email, password: `wrong ${i}` }, attacker));
    const error = await appErrorOf(signIn({ email: member.email, password: STRONG_PASSWORD }, attacker));
    expect(error.code).toBe("rate_limited");
    expect(error.details.retryAfterSeconds).toBeGreaterThan(10 * 60);
  });

  it("doesn't lock the owner out during an attack from many addresses, and still stops the guessing", async () => {
    const member = await newMember();
    const attackers = Array.from({ length: 6 }, () => requestContext());
    for (let i = 0; i < 30; i++)
      await appErrorOf(
        signIn({ email: member.email, password: `guess ${i}` }, attackers[i % attackers.length]!),
      );

    // an address that took part in the attack is refused, the right password or not
    const refused = await appErrorOf(
      signIn({ email: member.email, password: STRONG_PASSWORD }, attackers[0]!),
    );
    expect(refused.code).toBe("rate_limited");
    // the owner, from an address that has not failed on the account, signs in
    const owner = requestContext();
    expect(await signIn({ email: member.email, password: STRONG_PASSWORD }, owner)).toMatchObject({
      userId: member.id,
    });
    // a fresh address gets one guess while the attack lasts, not more
    const fresh = requestContext();
    await appErrorOf(signIn({ email: member.email, password: "one more guess" }, fresh));
    expect((await appErrorOf(signIn({ email: member.email, password: "and another" }, fresh))).code).toBe(
      "rate_limited",
    );
  });

  it("throttles one address to 25 attempts in 5 minutes", async () => {
    const context = requestContext();
    for (let i = 0; i < 25; i++)
      await appErrorOf(signIn({ email: uniqueMember().email, password: "whatever pass" }, context));
    expect(
      (await appErrorOf(signIn({ email: uniqueMember().email, password: "whatever pass" }, context))).code,
    ).toBe("rate_limited");
  });
});

describe("sessions", () => {
  it("lists a member's devices newest first with cursor pagination, and marks this one", async () => {
    const member = await newMember();
    const sessions = [];
    for (let i = 0; i < 3; i++)
      sessions.push(await signIn({ email: member.email, password: STRONG_PASSWORD }, requestContext()));
    const viewer = viewerFor(member.id, sessions[2]!.sessionId);
    const first = await listSessions(viewer, { limit: 2 });
    expect(first.items.map((s) => s.id)).toEqual([sessions[2]!.sessionId, sessions[1]!.sessionId]);
    expect(first.items[0]!.isCurrent).toBe(true);
    const second = await listSessions(viewer, { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((s) => s.id)).toEqual([sessions[0]!.sessionId]);
    expect(second.nextCursor).toBeNull();
  });

  it("never lists another member's sessions and refuses anonymous callers", async () => {
    const [a, b] = [await newMember(), await newMember()];
    const sessionA = await signIn({ email: a.email, password: STRONG_PASSWORD }, requestContext());
    await signIn({ email: b.email, password: STRONG_PASSWORD }, requestContext());
    const page = await listSessions(viewerFor(a.id, sessionA.sessionId));
    expect(page.items.every((s) => s.id === sessionA.sessionId)).toBe(true);
    expect((await appErrorOf(listSessions(null))).code).toBe("unauthenticated");
  });

  it("signs out this device, or every device", async () => {
    const member = await newMember();
    const one = await signIn({ email: member.email, password: STRONG_PASSWORD }, requestContext());
    const two = await signIn({ email: member.email, password: STRONG_PASSWORD }, requestContext());
    await signOut(viewerFor(member.id, one.sessionId));
    expect(await db.session.findUnique({ where: { id: one.sessionId } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: two.sessionId } })).not.toBeNull();
    await signIn({ email: member.email, password: STRONG_PASSWORD }, requestContext());
    expect(await signOutEverywhere(viewerFor(member.id, two.sessionId))).toEqual({ endedSessions: 2 });
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
  });
});
