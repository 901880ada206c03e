// Offline `prisma migrate deploy` / `prisma migrate dev --name X`.
// Prisma's CLI needs the native schema-engine binary, which is downloaded from Prisma's servers and can't be
// had on machines with only the npm registry. The official Wasm build of the same engine
// (@prisma/schema-engine-wasm) is driven here through the pg driver adapter. Migration files and the
// `_prisma_migrations` table are Prisma's own format, so the real CLI works wherever its engine is available.
// This leans on Prisma internals: the versions are pinned in package.json, and
// lib/db/migrations.test.ts fails when schema.prisma and the migrations drift.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
const FILTERS = { externalTables: [], externalEnums: [] };

/* eslint-disable @typescript-eslint/no-explicit-any -- the Wasm engine ships no typings */
type SchemaEngine = any;
let wasmModule: any;

async function loadWasm() {
  if (wasmModule) return wasmModule;
  (globalThis as any).PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (m: string) => console.error("[schema-engine panic]", m),
  };
  const require = createRequire(import.meta.url);
  // package.json isn't exported; resolve an exported subpath to find the package directory
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  // schema_engine.js imports the .wasm bundler-style; instantiate it by hand for Node
  const bindings: any = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  // the engine leaves a timer behind after each command; unref it so a finished script can exit
  const imports: WebAssembly.ModuleImports = { ...bindings };
  for (const name of Object.keys(imports).filter((n) => n.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as any).__wbindgen_start?.();
  wasmModule = bindings;
  return bindings;
}

// The engine reads pg_catalog columns of type "char" (OID 18) and expects ColumnType Character, but
// @prisma/adapter-pg 7.x rejects OID 18. Inside this process only: report it as text to the adapter, then
// mark those columns as Character (6) in the result set.
let isCharPatchApplied = false;
async function patchCharColumns(factory: PrismaPg) {
  if (isCharPatchApplied) return;
  const adapter: any = await factory.connect();
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO"))
    proto = Object.getPrototypeOf(proto);
  await adapter.dispose();
  if (!proto)
    throw new Error("@prisma/adapter-pg internals changed (performIO not found): update migrate.ts");
  const charColumns = new WeakMap<object, number[]>();
  const { performIO, queryRaw } = proto;
  proto.performIO = async function (query: object) {
    const result = await performIO.call(this, query);
    const indexes: number[] = [];
    result?.fields?.forEach((field: { dataTypeID: number }, i: number) => {
      if (field.dataTypeID === 18) {
        field.dataTypeID = 25;
        indexes.push(i);
      }
    });
    if (indexes.length) charColumns.set(query, indexes);
    return result;
  };
  proto.queryRaw = async function (query: object) {
    const resultSet = await queryRaw.call(this, query);
    for (const i of charColumns.get(query) ?? []) resultSet.columnTypes[i] = 6;
    return resultSet;
  };
  isCharPatchApplied = true;
}

async function withEngine<T>(url: string, work: (engine: SchemaEngine, schema: string) => Promise<T>) {
  const wasm = await loadWasm();
  // our own pool, so that it is closed when the work is done (an idle pool keeps the process alive)
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => {}); // a server shutting down ends idle connections; nothing to do
  const factory = new PrismaPg(pool);
  await patchCharColumns(factory);
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await wasm.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (message: string) => process.env.DEBUG_MIGRATE && console.error("[schema-engine]", message),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await work(engine, schema);
  } finally {
    engine.free?.();
    await pool.end();
  }
}

function migrationsList() {
  const names = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

/** Applies pending migrations; returns the names applied. */
export async function migrateDeploy(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(), filters: FILTERS });
    return out.appliedMigrationNames as string[];
  });
}

/**
 * The SQL that would bring the migration history up to schema.prisma ("" when they agree). The history is
 * replayed in a throw-away database next to `url` (the engine's own shadow handling would use the main one).
 */
export async function pendingSchemaChanges(url: string): Promise<string> {
  const list = migrationsList();
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const target = { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] };
  if (!list.migrationDirectories.length) {
    return withEngine(url, async (engine) => {
      const out = await engine.diff({
        from: { tag: "empty" },
        to: target,
        script: true,
        exitCode: null,
        filters: FILTERS,
      });
      return normaliseScript(out.stdout);
    });
  }
  const shadowName = `prisma_shadow_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${shadowName}"`);
  try {
    const shadowUrl = new URL(url);
    shadowUrl.pathname = `/${shadowName}`;
    return await withEngine(shadowUrl.toString(), async (engine) => {
      await engine.applyMigrations({ migrationsList: list, filters: FILTERS });
      const out = await engine.diff({
        from: { tag: "schemaDatasource", files: [{ path: SCHEMA_PATH, content: schema }], configDir: ROOT },
        to: target,
        script: true,
        exitCode: null,
        filters: FILTERS,
      });
      return normaliseScript(out.stdout);
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
    await admin.end();
  }
}

function normaliseScript(script: string | null | undefined) {
  const text = script ?? "";
  return /This is an empty migration/.test(text) ? "" : text.trim();
}

/**
 * Like `prisma migrate dev --name X`: applies pending migrations, then writes one for what schema.prisma adds
 * and applies it (unless createOnly: then it can be edited first, e.g. to backfill rows).
 */
export async function migrateDev(
  name: string,
  url: string,
  { createOnly = false } = {},
): Promise<string | null> {
  await migrateDeploy(url);
  const script = await pendingSchemaChanges(url);
  if (!script) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dirName = `${stamp}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
  mkdirSync(path.join(MIGRATIONS_DIR, dirName), { recursive: true });
  writeFileSync(path.join(MIGRATIONS_DIR, dirName, "migration.sql"), `${script}\n`);
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    writeFileSync(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  if (!createOnly) await migrateDeploy(url);
  return dirName;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
