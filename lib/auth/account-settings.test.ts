import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueMember } from "@/prisma/seed/factories";
import { appErrorOf, queuedMails, requestContext, STRONG_PASSWORD, signUpMember } from "@/tests/helpers";
import { cancelEmailChange, confirmEmailChange, requestEmailChange } from "./change-email";
import { changePassword } from "./change-password";
import { setTimeZone } from "./set-time-zone";
import { signIn } from "./sign-in";

async function signedInMember() {
  const member = uniqueMember();
  const user = await signUpMember(member);
  const here = await signIn({ email: member.email, password: STRONG_PASSWORD }, requestContext());
  const elsewhere = await signIn({ email: member.email, password: STRONG_PASSWORD }, requestContext());
  return { ...member, id: user.id, sessionId: here.sessionId, otherSessionId: elsewhere.sessionId };
}

const tokenFrom = (url: string) => new URL(url).searchParams.get("token")!;

describe("account settings", () => {
  it("change the password with the current one, signing out the other devices only", async () => {
    const member = await signedInMember();
    const wrong = await appErrorOf(
      changePassword(member, {
        currentPassword: "not my password at all",
        newPassword: "a brand new garden path",
      }),
    );
    expect(wrong.details.fields).toEqual({ currentPassword: "password.wrong" });
    const weak = await appErrorOf(
      changePassword(member, { currentPassword: STRONG_PASSWORD, newPassword: "password1" }),
    );
    expect(weak.details.fields).toEqual({ newPassword: "password.guessable" });
    expect(await db.session.count({ where: { userId: member.id } })).toBe(2);

    await changePassword(member, {
      currentPassword: STRONG_PASSWORD,
      newPassword: "a brand new garden path",
    });
    expect(
      (await db.session.findMany({ where: { userId: member.id }, select: { id: true } })).map((s) => s.id),
    ).toEqual([member.sessionId]);
    await expect(
      signIn({ email: member.email, password: "a brand new garden path" }, requestContext()),
    ).resolves.toBeTruthy();
    expect((await appErrorOf(changePassword(null, {}))).code).toBe("unauthenticated");
  });

  it("change the address once the new one confirms, telling the old one; a taken address is refused", async () => {
    const member = await signedInMember();
    const other = await signedInMember();
    const next = uniqueMember().email;
    // mail goes out in the member's own language
    await db.user.update({ where: { id: member.id }, data: { locale: "zh-CN" } });
    expect(
      (
        await appErrorOf(
          requestEmailChange(member, { email: other.email, currentPassword: STRONG_PASSWORD }, "en"),
        )
      ).details.fields,
    ).toEqual({ email: "email.taken" });
    expect(
      (
        await appErrorOf(
          requestEmailChange(member, { email: next, currentPassword: "wrong guess here" }, "en"),
        )
      ).details.fields,
    ).toEqual({ currentPassword: "password.wrong" });

    expect(await requestEmailChange(member, { email: next, currentPassword: STRONG_PASSWORD }, "en")).toEqual(
      {
        pendingEmail: next,
      },
    );
    // nothing changes until the new inbox answers
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: member.id },
        select: { email: true, pendingEmail: true },
      }),
    ).toEqual({ email: member.email, pendingEmail: next });
    expect((await queuedMails(member.email)).map((m) => m.data.template)).toContain("emailChanging");
    const [confirmation] = await queuedMails(next);
    expect(confirmation!.data).toMatchObject({ template: "confirmEmailChange", locale: "zh-CN" });
    const token = tokenFrom(confirmation!.data.values.url!);

    await confirmEmailChange({ token });
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: member.id },
        select: { email: true, pendingEmail: true },
      }),
    ).toEqual({ email: next, pendingEmail: null });
    expect((await appErrorOf(confirmEmailChange({ token }))).details.fields).toEqual({
      token: "token.invalid",
    });
    await expect(signIn({ email: next, password: STRONG_PASSWORD }, requestContext())).resolves.toBeTruthy();
  });

  it("drop a cancelled change: its link no longer works", async () => {
    const member = await signedInMember();
    const next = uniqueMember().email;
    await requestEmailChange(member, { email: next, currentPassword: STRONG_PASSWORD }, "en");
    await cancelEmailChange(member);
    const token = tokenFrom((await queuedMails(next))[0]!.data.values.url!);
    expect((await appErrorOf(confirmEmailChange({ token }))).details.fields).toEqual({
      token: "token.invalid",
    });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { email: true } })).email,
    ).toBe(member.email);
  });

  it("keep a time zone the runtime knows, or none (the browser's)", async () => {
    const member = await signedInMember();
    await setTimeZone(member, { timeZone: "Europe/Berlin" });
    expect((await appErrorOf(setTimeZone(member, { timeZone: "Mars/Olympus" }))).details.fields).toEqual({
      timeZone: "timeZone.invalid",
    });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { timeZone: true } })).timeZone,
    ).toBe("Europe/Berlin");
    await setTimeZone(member, { timeZone: "" });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { timeZone: true } })).timeZone,
    ).toBeNull();
  });
});
