// npm run bench -- <area> [--scale N]   Prints figures; it is not a pass/fail test. Each area has its own
// default scale (members seeded): http 1 000, profile 10 000, network 100 000, feed 100 000 (and 2 000 000 posts),
// company 100 000 (and 2 000 companies), search 100 000 (and 2 000 companies, 500 000 posts), jobs 100 000
// (and 2 000 companies, 50 000 open jobs), weight 1 000.
// Areas grow with the issues; each states the figures it must reach.
import { parseArgs } from "node:util";
import { benchCompany } from "./company.ts";
import { benchFeed } from "./feed.ts";
import { benchHttp } from "./http.ts";
import { benchJobs } from "./jobs.ts";
import { benchNetwork } from "./network.ts";
import { benchProfile } from "./profile.ts";
import { benchSearch } from "./search.ts";
import { benchWeight } from "./weight.ts";

const AREAS: Record<string, (options: { scale?: number }) => Promise<void>> = {
  company: benchCompany,
  feed: benchFeed,
  http: benchHttp,
  jobs: benchJobs,
  network: benchNetwork,
  profile: benchProfile,
  search: benchSearch,
  weight: benchWeight,
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: "string" } },
});
const names = positionals.length ? positionals : Object.keys(AREAS);
for (const name of names) {
  const area = AREAS[name];
  if (!area) {
    console.error(`unknown area "${name}"; areas: ${Object.keys(AREAS).join(", ")}`);
    process.exit(2);
  }
  console.log(
    `\n## ${name} (machine: ${(await import("node:os")).cpus().length} cores, node ${process.version})`,
  );
  await area({ scale: values.scale ? Number(values.scale) : undefined });
}
