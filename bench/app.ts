// Starts the app for a benchmark: the launcher on a throw-away data dir, seeded at the requested scale.
import { spawn } from "node:child_process";
import { findFreePort, waitFor } from "../scripts/services/ports.ts";

/** `env` can point it at a database a benchmark loaded itself (DATABASE_URL): then nothing is seeded. */
export async function startBenchApp(seedScale: number, env: Record<string, string> = {}) {
  const port = await findFreePort(3400);
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--ephemeral"], {
    env: {
      ...process.env,
      PORT: String(port),
      RENMAI_DATA_DIR: `.data/bench-${port}`,
      SEED_SCALE: String(seedScale),
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let exitCode: number | null = null;
  child.once("exit", (code) => (exitCode = code ?? 1));
  await waitFor(
    "the app",
    async () => (await fetch(`${baseUrl}/api/health`)).ok,
    600_000,
    () => (exitCode === null ? null : `the app exited during start-up (code ${exitCode})`),
  );
  return {
    baseUrl,
    startSeconds: (performance.now() - started) / 1000,
    stop: () => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGTERM"))),
  };
}
