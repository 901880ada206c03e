import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueMember } from "@/prisma/seed/factories";
import { requestContext, STRONG_PASSWORD } from "@/tests/helpers";
import { signIn } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { viewerFromSessionToken } from "./viewer";

async function signedInMember() {
  const member = uniqueMember();
  await signUp({ ...member, password: STRONG_PASSWORD }, requestContext());
  const session = await signIn({ email: member.email, password: STRONG_PASSWORD }, requestContext());
  return { ...member, session };
}

describe("viewerFromSessionToken", () => {
  it("gives the member, with their handle, for a live session's cookie", async () => {
    const member = await signedInMember();
    const viewer = await viewerFromSessionToken(member.session.value);
    const profile = await db.profile.findUniqueOrThrow({ where: { userId: member.session.userId } });
    expect(viewer).toEqual({
      id: member.session.userId,
      sessionId: member.session.sessionId,
      email: member.email,
      name: member.name,
      handle: profile.handle,
      locale: member.locale ?? null,
      timeZone: null,
      isEmailVerified: false,
    });
  });

  it("gives null without a cookie, for a made-up one, or one sealed with another secret", async () => {
    const member = await signedInMember();
    const foreign = await encode({
      token: { sub: member.session.userId, sid: member.session.sessionId },
      secret: "not-our-secret-not-our-secret-not-our-secret",
    });
    expect(await viewerFromSessionToken(undefined)).toBeNull();
    expect(await viewerFromSessionToken("made-up")).toBeNull();
    expect(await viewerFromSessionToken(member.session.value.slice(0, -4))).toBeNull();
    expect(await viewerFromSessionToken(foreign)).toBeNull();
  });

  it("gives null once the session row is revoked or expired", async () => {
    const revoked = await signedInMember();
    await db.session.delete({ where: { id: revoked.session.sessionId } });
    expect(await viewerFromSessionToken(revoked.session.value)).toBeNull();

    const expired = await signedInMember();
    await db.session.update({
      where: { id: expired.session.sessionId },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await viewerFromSessionToken(expired.session.value)).toBeNull();
  });
});
