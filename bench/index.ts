// npm run bench -- <area> [--scale N]   Prints figures; it is not a pass/fail test.
// Areas grow with the issues; each states the figures it must reach.
import { parseArgs } from "node:util";
import { benchHttp } from "./http.ts";

const AREAS: Record<string, (options: { scale: number }) => Promise<void>> = { http: benchHttp };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: "string", default: "1000" } },
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
  await area({ scale: Number(values.scale) });
}
