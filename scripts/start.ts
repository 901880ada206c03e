// npm start   — production: embedded services (unless DATABASE_URL / MEILI_HOST are set), migrations, demo data
//               on an empty database, a build when the sources changed, the worker and Next.js.
// npm run dev — the same with `next dev` (hot reload).
// Options: --ephemeral (delete the data dir on exit: tests, benches). Env: PORT (3000), RENMAI_DATA_DIR (.data).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { parseEnv } from "../lib/env.ts";
import { isLoopbackUrl } from "../lib/http/loopback.ts";
import { setUpJobQueues } from "../lib/queue/setup.ts";
import { isBuildCurrent, markBuildCurrent, sourceFingerprint } from "./build-fingerprint.ts";
import { DEFAULT_DATA_DIR, PROJECT_ROOT, startServices } from "./services/index.ts";

const { values: flags } = parseArgs({
  options: { dev: { type: "boolean" }, ephemeral: { type: "boolean" } },
});
const started = performance.now();
const say = (message: string) =>
  console.log(`[renmai] ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.RENMAI_DATA_DIR ?? DEFAULT_DATA_DIR);
const isEmbeddedDatabase = !process.env.DATABASE_URL;
fs.mkdirSync(path.join(dataDir, "logs"), { recursive: true });
const serviceLogs = {
  postgres: fs.createWriteStream(path.join(dataDir, "logs", "postgres.log"), { flags: "a" }),
  meilisearch: fs.createWriteStream(path.join(dataDir, "logs", "meilisearch.log"), { flags: "a" }),
};

const children: ChildProcess[] = [];
let stopServices: () => Promise<void> = async () => {};
let isStopping = false;

async function shutdown(code: number) {
  if (isStopping) return;
  isStopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)),
  );
  await stopServices();
  say("stopped");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function run(name: string, args: string[], env: NodeJS.ProcessEnv, options: { keepAlive: boolean }) {
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(child);
  const exited = new Promise<number>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  if (options.keepAlive) {
    void exited.then((code) => {
      if (!isStopping) {
        console.error(`[renmai] ${name} exited (${code}); stopping everything`);
        void shutdown(code || 1);
      }
    });
  }
  return exited;
}

const TSX = ["--conditions=react-server", "--import", "tsx"];
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");

try {
  const services = await startServices({
    dataDir,
    ephemeral: flags.ephemeral,
    log: (service, line) => serviceLogs[service as keyof typeof serviceLogs]?.write(`${line}\n`),
  });
  stopServices = services.stop;
  say(
    `database and search ready${services.appliedMigrations.length ? `, applied ${services.appliedMigrations.length} migration(s)` : ""}`,
  );

  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...services.env,
    APP_URL: appUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
    NEXTAUTH_SECRET: services.env.AUTH_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    UPLOADS_DIR: process.env.UPLOADS_DIR ?? path.join(dataDir, "uploads"),
    // a local demo or test catches its mail; a deployment with its own database or address sends it (SMTP_URL)
    DEV_MAILBOX:
      process.env.DEV_MAILBOX ?? String(isEmbeddedDatabase && !process.env.SMTP_URL && isLoopbackUrl(appUrl)),
  };
  parseEnv(env); // refuse to go on with a bad setting, before the slow steps

  await setUpJobQueues(services.env.DATABASE_URL);
  if (await isDatabaseEmpty(services.env.DATABASE_URL)) {
    say("empty database: adding demo data");
    const code = await run("seed", [...TSX, "prisma/seed/index.ts"], env, { keepAlive: false });
    if (code !== 0) throw new Error(`seeding failed (exit ${code})`);
  }

  if (!flags.dev) {
    const fingerprint = sourceFingerprint(PROJECT_ROOT);
    if (!isBuildCurrent(PROJECT_ROOT)) {
      say("building the app (first start or changed sources)");
      const code = await run(
        "build",
        [NEXT_BIN, "build"],
        { ...env, NODE_ENV: "production" },
        { keepAlive: false },
      );
      if (code !== 0) throw new Error(`next build failed (exit ${code})`);
      markBuildCurrent(PROJECT_ROOT, fingerprint);
    }
  }

  run("worker", [...TSX, "scripts/worker.ts"], { ...env, RENMAI_SERVICE: "worker" }, { keepAlive: true });
  run(
    "web",
    ["--import", "tsx", "scripts/web-server.ts", ...(flags.dev ? ["--dev"] : [])],
    { ...env, PORT: String(port), NODE_ENV: flags.dev ? "development" : "production" },
    { keepAlive: true },
  );
  await waitForHealth(port);
  say(`Renmai is running at ${appUrl} — Ctrl-C stops it`);
} catch (error) {
  console.error(`[renmai] could not start: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}

async function isDatabaseEmpty(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "User") AS exists`,
    );
    return !rows[0]?.exists;
  } finally {
    await client.end();
  }
}

async function waitForHealth(webPort: number) {
  for (let i = 0; i < 600 && !isStopping; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${webPort}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
