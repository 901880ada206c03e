import { describe, expect, it } from "vitest";
import { appErrorOf } from "@/tests/helpers";
import { listDevMail } from "./list-dev-mail";

describe("the dev mailbox", () => {
  it("answers clients on this machine only", async () => {
    for (const ip of ["127.0.0.1", "127.3.4.5", "::1"])
      expect(Array.isArray(await listDevMail({}, { ip }))).toBe(true);
    for (const ip of ["203.0.113.9", "10.0.0.2", "::ffff:8.8.8.8", "unknown", "127.0.0.1.evil"])
      expect((await appErrorOf(listDevMail({}, { ip }))).code, ip).toBe("not_found");
  });
});
