// npm test — every test: typecheck, lint, Vitest (unit + integration on real PostgreSQL and Meilisearch),
// Playwright end-to-end in Chromium against a production build started by the launcher.
// Stops at the first failing step and prints how long each took.
import { spawnSync } from "node:child_process";
import { findFreePort } from "./services/ports.ts";

const steps: [string, string[], Record<string, string>?][] = [
  ["typecheck", ["npm", "run", "--silent", "typecheck"]],
  ["lint", ["npm", "run", "--silent", "lint"]],
  ["unit and integration tests", ["npx", "vitest", "run"]],
  ["end-to-end tests", ["npx", "playwright", "test"], { E2E_PORT: String(await findFreePort(3210)) }],
];

const timings: string[] = [];
for (const [name, [command, ...args], env] of steps) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const result = spawnSync(command!, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✓ all tests passed\n  ${timings.join("\n  ")}`);
