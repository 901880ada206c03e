import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, type Import } from "@/tests/import-graph";

const LIB = import.meta.dirname;

/** The units of lib/ in their declared order, lowest first, as lib/README.md lists them. */
export function declaredOrder(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith("Layers"));
  if (!section) throw new Error("lib/README.md has no 'Layers' section");
  const list = section.slice(section.search(/^1\. /m)).split(/\n\n/)[0]!;
  return [...list.replace(/\([^)]*\)/g, "").matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]!);
}

/** The unit a lib/ path belongs to: its first folder, or a top-level file's name. */
function unitOf(libPath: string): string {
  const [first, ...rest] = libPath.split(path.sep);
  return rest.length ? first! : first!.replace(/(\.test)?\.tsx?$/, "");
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Imports that point up the declared order, or out of lib/ into app/ or components/. */
export function importsAgainstOrder(imports: Import[], order: string[]): string[] {
  const rank = new Map(order.map((unit, index) => [unit, index]));
  return imports.flatMap(({ from, to }) => {
    if (/^(app|components)\//.test(to)) return [`${from} → ${to}: lib/ never imports the UI`];
    if (!to.startsWith("lib/")) return [];
    const [source, target] = [unitOf(from.slice(4)), unitOf(to.slice(4))];
    if (source === target) return [];
    if (!rank.has(source)) return [`${from}: lib/${source} is not in lib/README.md's layers`];
    if (!rank.has(target)) return [`${to}: lib/${target} is not in lib/README.md's layers`];
    return rank.get(target)! < rank.get(source)!
      ? []
      : [`${from} → ${to}: ${source} may not import ${target}`];
  });
}

describe("lib/ layers", () => {
  const order = declaredOrder(readFileSync(path.join(LIB, "README.md"), "utf8"));
  const root = path.dirname(LIB);

  it("lists every folder and top-level file of lib/ once", () => {
    const units = new Set(sourceFiles(LIB).map((file) => unitOf(path.relative(LIB, file))));
    expect(new Set(order).size).toBe(order.length);
    expect([...units].filter((unit) => !order.includes(unit))).toEqual([]);
  });

  it("has no import against the declared order", () => {
    const imports = sourceFiles(LIB).flatMap((file) => importsOf(file, readFileSync(file, "utf8"), root));
    expect(importsAgainstOrder(imports, order)).toEqual([]);
  });

  it("catches a planted wrong import", () => {
    const planted = importsOf(
      path.join(LIB, "network", "planted.ts"),
      'import { updateProfile } from "@/lib/profiles/update-profile";\nimport { db } from "../db";',
      root,
    );
    expect(importsAgainstOrder(planted, order)).toEqual([
      "lib/network/planted.ts → lib/profiles/update-profile: network may not import profiles",
    ]);
  });
});
