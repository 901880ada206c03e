import { describe, expect, it } from "vitest";
import { hashPassword, isGuessablePassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with 19 MiB, 2 iterations, parallelism 1", async () => {
    const hash = await hashPassword("velvet harbour quietly sings");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "velvet harbour quietly sings")).toBe(true);
    expect(await verifyPassword(hash, "velvet harbour quietly sing")).toBe(false);
  });

  it("refuses to verify against a missing or corrupt hash", async () => {
    expect(await verifyPassword(null, "anything")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});

describe("isGuessablePassword", () => {
  it.each(["password", "12345678", "qwertyuiop", "iloveyou1", "renmai2024", "linkedin123"])(
    "refuses the common %s",
    (p) => {
      expect(isGuessablePassword(p)).toBe(true);
    },
  );

  it("refuses a password made of the member's own name or email", () => {
    expect(isGuessablePassword("marialopez1", ["Maria Lopez", "maria.lopez@example.com"])).toBe(true);
  });

  it.each(["velvet harbour quietly sings", "Tz8#qLm2!vRw", "我的密码是青山绿水长流"])("accepts %s", (p) => {
    expect(isGuessablePassword(p)).toBe(false);
  });
});
