import { Meilisearch } from "meilisearch";
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

  it("names search as down when Meilisearch can't be reached: the app serves on, degraded", async () => {
    const unreachable = new Meilisearch({ host: "http://127.0.0.1:9", timeout: 500 });
    expect(await checkHealth(unreachable)).toMatchObject({ status: "degraded", db: "ok", search: "down" });
  });
});
