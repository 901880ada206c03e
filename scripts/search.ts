// npm run search:reindex [-- people posts companies]  rebuilds indexes from PostgreSQL into fresh ones and swaps
//                                                      them in (the app keeps answering from the old ones meanwhile)
// npm run search:check [-- people …]                  compares PostgreSQL and Meilisearch; exit 1 on drift
// Joins the running app's services (or starts the embedded ones; RENMAI_DATA_DIR as for npm start);
// DATABASE_URL / MEILI_HOST name real servers.
import { parseArgs } from "node:util";
import { joinOrStartServices } from "./services/index.ts";

const { positionals } = parseArgs({ allowPositionals: true });
const [command, ...names] = positionals;
if (command !== "reindex" && command !== "check") {
  console.error("usage: search (reindex | check) [index …]");
  process.exit(2);
}

// the data dir of the app to join, as the launcher takes it
const services = await joinOrStartServices({ dataDir: process.env.RENMAI_DATA_DIR });
Object.assign(process.env, services.env);
const { INDEXES } = await import("../lib/search/indexes.ts");
await import("../lib/composition/wiring.ts");
const indexes = (names.length ? names : Object.keys(INDEXES)) as (keyof typeof INDEXES)[];
const unknown = indexes.filter((name) => !(name in INDEXES));
if (unknown.length) {
  console.error(`unknown index ${unknown.join(", ")}; indexes: ${Object.keys(INDEXES).join(", ")}`);
  process.exit(2);
}

let exitCode = 0;
try {
  if (command === "reindex") {
    const { reindex } = await import("../lib/search/reindex.ts");
    for (const name of indexes) {
      const started = performance.now();
      const written = await reindex(name, {
        onProgress: ({ done, total }) => drawProgress(name, done, total),
      });
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        `\n${name}: ${written.toLocaleString("en")} documents in ${seconds.toFixed(1)} s (${Math.round(written / seconds).toLocaleString("en")}/s), swapped in\n`,
      );
    }
  } else {
    const { checkDrift, hasDrift } = await import("../lib/search/check-drift.ts");
    for (const name of indexes) {
      const drift = await checkDrift(name);
      console.log(
        `${name}: PostgreSQL ${drift.expected.toLocaleString("en")}, Meilisearch ${drift.indexed.toLocaleString("en")}; missing ${drift.missing.count}, extra ${drift.extra.count}; ${drift.different.length} of ${drift.sampled} sampled documents differ${hasDrift(drift) ? " — DRIFT" : " — no drift"}`,
      );
      for (const [label, ids] of [
        ["missing", drift.missing.ids],
        ["extra", drift.extra.ids],
        ["different", drift.different],
      ] as const)
        if (ids.length) console.log(`  ${label}: ${ids.join(" ")}`);
      if (hasDrift(drift)) exitCode = 1;
    }
  }
} finally {
  await services.stop();
}
process.exit(exitCode);

function drawProgress(name: string, done: number, total: number) {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const line = `${name.padEnd(10)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en")} / ${total.toLocaleString("en")}`;
  process.stdout.write(process.stdout.isTTY ? `\r${line}` : `${line}\n`);
}
