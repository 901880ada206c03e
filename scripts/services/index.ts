// One launcher module for `npm start`, `npm run dev`, the test setups and the benchmarks: it brings up
// PostgreSQL and Meilisearch (embedded ones unless DATABASE_URL / MEILI_HOST name real servers), applies the
// migrations and hands back the connection settings.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { migrateDeploy } from "../prisma/migrate.ts";
import { startEmbeddedMeilisearch } from "./meilisearch.ts";
import { startEmbeddedPostgres } from "./postgres.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, ".data");

export type Services = {
  env: { DATABASE_URL: string; MEILI_HOST: string; MEILI_MASTER_KEY: string; AUTH_SECRET: string };
  appliedMigrations: string[];
  stop: () => Promise<void>;
};

type Options = {
  /** where embedded data lives (default .data/) */
  dataDir?: string;
  /** delete the data dir when stopped (tests, benchmarks) */
  ephemeral?: boolean;
  /** skip Meilisearch (e.g. creating a migration) */
  withSearch?: boolean;
  log?: (service: string, line: string) => void;
};

type Secrets = { postgresPassword: string; meiliMasterKey: string; authSecret: string };

/** Generated once per data dir and kept in it, like the data they protect. */
function loadSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Secrets;
  const secrets: Secrets = {
    postgresPassword: randomBytes(18).toString("base64url"),
    meiliMasterKey: randomBytes(24).toString("base64url"),
    authSecret: randomBytes(32).toString("base64url"),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export async function startServices(options: Options = {}): Promise<Services> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const log = options.log ?? (() => {});
  const secrets = loadSecrets(dataDir);
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((e) => console.error(e));
    stops.length = 0;
    if (options.ephemeral) removeDataDir(dataDir);
  };

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, "pg"),
        password: secrets.postgresPassword,
        database: "renmai",
        log: (line) => log("postgres", line),
      });
      stops.push(postgres.stop);
      databaseUrl = postgres.url;
    }

    let meiliHost = process.env.MEILI_HOST;
    let meiliKey = process.env.MEILI_MASTER_KEY;
    if (!meiliHost && options.withSearch !== false) {
      const meili = await startEmbeddedMeilisearch({
        dataDir: path.join(dataDir, "meili"),
        masterKey: secrets.meiliMasterKey,
        log: (line) => log("meilisearch", line),
      });
      stops.push(meili.stop);
      meiliHost = meili.host;
      meiliKey = secrets.meiliMasterKey;
    }

    const appliedMigrations = await migrateDeploy(databaseUrl);
    const env = {
      DATABASE_URL: databaseUrl,
      MEILI_HOST: meiliHost ?? "",
      MEILI_MASTER_KEY: meiliKey ?? "",
      AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.authSecret,
    };
    // tools run beside the app (npm run search:reindex) join these services instead of starting their own
    const runningFile = path.join(dataDir, RUNNING_FILE);
    fs.writeFileSync(runningFile, JSON.stringify({ pid: process.pid, env }), { mode: 0o600 });
    stops.push(async () => fs.rmSync(runningFile, { force: true })); // stopped first
    return { env, appliedMigrations, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const RUNNING_FILE = "services.json";

/**
 * The services of the app running on this data dir, when there is one (its launcher is alive): joined as they
 * are, and left running at `stop`. Otherwise they are started, as startServices does.
 */
export async function joinOrStartServices(options: Options = {}): Promise<Services> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const file = path.join(dataDir, RUNNING_FILE);
  if (fs.existsSync(file)) {
    const running = JSON.parse(fs.readFileSync(file, "utf8")) as { pid: number; env: Services["env"] };
    if (isAlive(running.pid)) return { env: running.env, appliedMigrations: [], stop: async () => {} };
  }
  return startServices(options);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes a data dir, following the .data/pg symlink that root's runs may leave (see postgres.ts). */
function removeDataDir(dataDir: string) {
  const pg = path.join(dataDir, "pg");
  if (fs.existsSync(pg) && fs.lstatSync(pg).isSymbolicLink())
    fs.rmSync(fs.realpathSync(pg), { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
}
