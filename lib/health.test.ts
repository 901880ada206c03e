import { describe, expect, it } from "vitest";
import { checkHealth } from "./health";

describe("checkHealth", () => {
  it("reports the database and search as up, with the version", async () => {
    expect(await checkHealth()).toEqual({
      status: "ok",
      db: "ok",
      search: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});
