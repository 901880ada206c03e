import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueMember } from "@/prisma/seed/factories";
import { appErrorOf, requestContext, STRONG_PASSWORD, signUpMember } from "@/tests/helpers";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { signIn } from "./sign-in";
import { issueUserToken } from "@/lib/core/user-tokens";
import { verifyEmail } from "./verify-email";

async function newMember() {
  const member = uniqueMember();
  const user = await signUpMember(member);
  return { ...member, id: user.id };
}

describe("password reset", () => {
  it("queues a reset mail for a known address and says nothing different for an unknown one", async () => {
    const member = await newMember();
    await expect(requestPasswordReset({ email: member.email }, "en")).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: uniqueMember().email }, "en")).resolves.toBeUndefined();
    expect(await db.userToken.count({ where: { userId: member.id, purpose: "reset_password" } })).toBe(1);
  });

  it("sets the new password, ends every session, and the link works once", async () => {
    const member = await newMember();
    const session = await signIn({ email: member.email, password: STRONG_PASSWORD }, requestContext());
    const token = await issueUserToken(member.id, "reset_password");
    await resetPassword({ token, password: "a brand new garden path" });

    expect(await db.session.findUnique({ where: { id: session.sessionId } })).toBeNull();
    await expect(
      signIn({ email: member.email, password: "a brand new garden path" }, requestContext()),
    ).resolves.toBeTruthy();
    expect(
      (await appErrorOf(resetPassword({ token, password: "yet another fine phrase" }))).details.fields,
    ).toEqual({ token: "token.invalid" });
  });

  it("refuses a guessable new password and keeps the token usable", async () => {
    const member = await newMember();
    const token = await issueUserToken(member.id, "reset_password");
    expect((await appErrorOf(resetPassword({ token, password: "password1" }))).details.fields).toEqual({
      password: "password.guessable",
    });
    await expect(resetPassword({ token, password: "a brand new garden path" })).resolves.toBeUndefined();
  });

  it("refuses an expired token", async () => {
    const member = await newMember();
    const token = await issueUserToken(member.id, "reset_password");
    await db.userToken.updateMany({
      where: { userId: member.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await appErrorOf(resetPassword({ token, password: "a brand new garden path" }))).code).toBe(
      "validation",
    );
  });

  it("lets only one of two concurrent uses of a token through", async () => {
    const member = await newMember();
    const token = await issueUserToken(member.id, "reset_password");
    const results = await Promise.allSettled([
      resetPassword({ token, password: "first concurrent phrase" }),
      resetPassword({ token, password: "second concurrent phrase" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("email verification", () => {
  it("confirms the address once; a used, unknown or malformed token is refused", async () => {
    const member = await newMember();
    const token = await issueUserToken(member.id, "verify_email");
    await verifyEmail({ token });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).emailVerified).toBeInstanceOf(
      Date,
    );
    for (const bad of [token, "x".repeat(43), "<script>", "", undefined, 42]) {
      expect((await appErrorOf(verifyEmail({ token: bad }))).code).toBe("validation");
    }
  });

  it("refuses a reset token used as a verification token", async () => {
    const member = await newMember();
    const token = await issueUserToken(member.id, "reset_password");
    expect((await appErrorOf(verifyEmail({ token }))).code).toBe("validation");
  });
});
