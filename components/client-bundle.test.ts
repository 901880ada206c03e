import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packagesReachedFrom } from "@/tests/client-graph";

const ROOT = path.dirname(import.meta.dirname);

// Packages that only the server runs. zod validates on the server; a form in the browser takes its lengths and
// choices from lib/<domain>/limits.ts (zod alone is ~100 KB of a page's JavaScript).
const SERVER_PACKAGES = ["zod", "@prisma/client", "pg", "meilisearch", "sharp", "pino", "server-only"];

function clientEntries(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) clientEntries(file, out);
    else if (
      /\.tsx?$/.test(entry.name) &&
      /^\s*["']use client["']/.test(readFileSync(path.join(ROOT, file), "utf8"))
    )
      out.push(file);
  }
  return out;
}

function serverPackagesIn(entry: string, read?: (file: string) => string): string[] {
  const reached = packagesReachedFrom(entry, ROOT, read);
  return SERVER_PACKAGES.filter((name) => reached.has(name)).map(
    (name) => `${reached.get(name)!.join(" → ")} → ${name}`,
  );
}

describe("what the browser loads", () => {
  const entries = [...clientEntries("app"), ...clientEntries("components")];

  it("finds the client components", () => {
    expect(entries).toContain(path.join("components", "shell", "search-box.tsx"));
    expect(entries.length).toBeGreaterThan(50);
  });

  it("no client component reaches a server-only package", () => {
    expect(entries.flatMap((entry) => serverPackagesIn(entry))).toEqual([]);
  });

  it("catches a planted import of a schema, but not a type-only one", () => {
    const planted = "components/planted.tsx";
    const read = (text: string) => (file: string) =>
      file === planted ? text : readFileSync(path.join(ROOT, file), "utf8");
    expect(
      serverPackagesIn(planted, read('"use client";\nimport { PostSchema } from "@/lib/feed/schemas";\n')),
    ).toEqual([`${planted} → lib/feed/schemas.ts → zod`]);
    expect(
      serverPackagesIn(
        planted,
        read(
          '"use client";\nimport type { Page } from "@/lib/api/pagination";\nimport { type PostInput } from "@/lib/feed/schemas";\n',
        ),
      ),
    ).toEqual([]);
  });
});
