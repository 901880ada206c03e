import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startServices } from "./index";

/** Processes whose command line names this data dir (an embedded server started on it would). */
const processesOn = (dataDir: string) => {
  try {
    return execFileSync("pgrep", ["-f", dataDir]).toString().trim().split("\n").length;
  } catch {
    return 0; // pgrep exits 1 when nothing matches
  }
};

describe("with DATABASE_URL and MEILI_HOST set", () => {
  it("uses those servers and starts nothing of its own", async () => {
    // the test setup points both at the servers started for this test run
    const dataDir = path.join(process.cwd(), ".data", `external-test-${process.pid}`);
    const services = await startServices({ dataDir, ephemeral: true });
    try {
      expect(services.env.DATABASE_URL).toBe(process.env.DATABASE_URL);
      expect(services.env.MEILI_HOST).toBe(process.env.MEILI_HOST);
      expect(services.env.MEILI_MASTER_KEY).toBe(process.env.MEILI_MASTER_KEY);
      expect(processesOn(dataDir)).toBe(0);
      expect(fs.existsSync(path.join(dataDir, "pg"))).toBe(false);
    } finally {
      await services.stop();
    }
  });
});
