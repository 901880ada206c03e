import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive } from "./processes";
import { startServices, type Services } from "./index";

// A launcher killed with -9 leaves PostgreSQL (with its postmaster.pid) and Meilisearch running, holding their
// ports and data locks. The next start on the same data must deal with that by itself.
describe("starting again after a crash", () => {
  const dataDir = path.join(process.cwd(), ".data", `crash-test-${process.pid}`);
  let restarted: Services | undefined;

  afterAll(async () => {
    await restarted?.stop();
  });

  it("stops the orphaned servers and starts cleanly on the same data", { timeout: 120_000 }, async () => {
    // no DATABASE_URL / MEILI_HOST here: this test is about the embedded servers
    const { DATABASE_URL: _database, MEILI_HOST: _search, ...env } = process.env;
    const crashed = spawn(
      process.execPath,
      ["--import", "tsx", "tests/fixtures/start-services-and-hang.ts", dataDir],
      { env, stdio: ["ignore", "pipe", "inherit"] },
    );
    const line = await new Promise<string>((resolve, reject) => {
      crashed.stdout.on("data", (b: Buffer) => resolve(b.toString()));
      crashed.once("exit", (code) => reject(new Error(`fixture exited ${code}`)));
    });
    const { children } = JSON.parse(line) as { children: number[] };
    expect(children.length).toBeGreaterThanOrEqual(2);
    crashed.kill("SIGKILL");
    await new Promise((r) => crashed.once("exit", r));
    expect(children.every(isAlive)).toBe(true); // orphans, as after a real crash

    const saved = { DATABASE_URL: process.env.DATABASE_URL, MEILI_HOST: process.env.MEILI_HOST };
    delete process.env.DATABASE_URL;
    delete process.env.MEILI_HOST;
    try {
      restarted = await startServices({ dataDir, ephemeral: true });
    } finally {
      Object.assign(process.env, saved);
    }
    expect(children.some(isAlive)).toBe(false);
    const health = await fetch(`${restarted.env.MEILI_HOST}/health`);
    expect(health.ok).toBe(true);
    expect(restarted.env.DATABASE_URL).toMatch(/^postgresql:\/\/postgres:.+@127\.0\.0\.1:\d+\/renmai$/);
  });
});
