// Is the production build in .next up to date with the sources? A content hash of everything the build
// reads, stored next to the build, answers it without a rebuild on every start.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "generated",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];
const STAMP = path.join(".next", "renmai-build-fingerprint");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(entry).sort()) {
    if (child.endsWith(".test.ts") || child.endsWith(".test.tsx")) continue;
    yield* files(path.join(entry, child));
  }
}

export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function isBuildCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP);
  return (
    fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, "utf8") === sourceFingerprint(root)
  );
}

export function markBuildCurrent(root: string, fingerprint: string) {
  fs.writeFileSync(path.join(root, STAMP), fingerprint);
}
