import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { importsOf } from "@/tests/import-graph";

// The UI writes through two thin doors (docs/architecture.md, "The write path"): a <form> posts to a server
// action, which runs its use case through runFormAction; a script-driven control calls the typed REST client.
const ROOT = path.dirname(import.meta.dirname);

function files(dir: string, match: RegExp, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files(full, match, out);
    else if (match.test(entry.name)) out.push(full);
  }
  return out;
}

/** The exported functions of a server-action file whose body does not go through runFormAction. */
export function actionsOutsideTheDoor(text: string): string[] {
  const source = ts.createSourceFile("actions.ts", text, ts.ScriptTarget.Latest, true);
  return source.statements.flatMap((statement) => {
    const isExported = ts.canHaveModifiers(statement)
      ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (!isExported || !ts.isFunctionDeclaration(statement) || !statement.name) return [];
    const body = statement.body?.getText(source) ?? "";
    const helpers = source.statements
      .filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !!s.name && !isExportedFn(s))
      .filter((s) => callsOf(s.body?.getText(source) ?? "", "runFormAction"))
      .map((s) => s.name!.text);
    const isThroughTheDoor = ["runFormAction", ...helpers].some((name) => callsOf(body, name));
    return isThroughTheDoor ? [] : [statement.name.text];
  });
}

/** Whether the code calls `name`, with or without type arguments. */
const callsOf = (code: string, name: string) => new RegExp(`\\b${name}(<[^>]*>)?\\(`).test(code);

function isExportedFn(statement: ts.FunctionDeclaration) {
  return ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
}

describe("the UI's write path", () => {
  it("runs every server action through runFormAction (viewer, fields, errors as form messages)", () => {
    const actionFiles = files(path.join(ROOT, "app"), /^actions\.ts$/);
    expect(actionFiles.length).toBeGreaterThan(5);
    const outside = actionFiles.flatMap((file) =>
      actionsOutsideTheDoor(readFileSync(file, "utf8")).map(
        (name) => `${path.relative(ROOT, file)}: ${name}`,
      ),
    );
    expect(outside).toEqual([]);
  });

  it("exports nothing but async functions (and types) from server-action files, as Next.js requires", () => {
    const exportsOtherThanActions = (text: string) => {
      const source = ts.createSourceFile("actions.ts", text, ts.ScriptTarget.Latest, true);
      return source.statements.flatMap((statement) => {
        const isExported =
          ts.canHaveModifiers(statement) &&
          ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) return [statement.getText(source)];
        if (!isExported || ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement))
          return [];
        const isAsyncFunction =
          ts.isFunctionDeclaration(statement) &&
          ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
        return isAsyncFunction ? [] : [statement.getText(source).split("\n")[0]!];
      });
    };
    expect(exportsOtherThanActions('"use server";\nexport const NOTICES = ["a"];')).toHaveLength(1);
    const found = files(path.join(ROOT, "app"), /^actions\.ts$/).flatMap((file) =>
      exportsOtherThanActions(readFileSync(file, "utf8")).map(
        (text) => `${path.relative(ROOT, file)}: ${text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it("catches a server action that handles its own errors", () => {
    const planted = `"use server";
export async function saveThing(_state: unknown, formData: FormData) {
  try { await save(formData); } catch (error) { return { status: "error" }; }
}`;
    expect(actionsOutsideTheDoor(planted)).toEqual(["saveThing"]);
  });

  it("keeps components from importing app/: pages hand them their server actions", () => {
    const imports = files(path.join(ROOT, "components"), /\.tsx?$/).flatMap((file) =>
      importsOf(file, readFileSync(file, "utf8"), ROOT),
    );
    expect(
      imports
        .filter(({ to }) => to.startsWith("app/") && !to.endsWith(".css"))
        .map(({ from, to }) => `${from} → ${to}`),
    ).toEqual([]);
  });

  it("holds no /api/v1 address in components or pages: the typed client builds them", () => {
    const ui = [
      ...files(path.join(ROOT, "components"), /\.tsx?$/),
      ...files(path.join(ROOT, "app"), /^page\.tsx$/),
    ];
    const literal = ui.filter((file) => /["'`]\/api\/v1/.test(readFileSync(file, "utf8")));
    expect(literal.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it("takes every input's maxLength from a schema (lib/forms/fields.ts maxLengthsOf), never a number", () => {
    const ui = [
      ...files(path.join(ROOT, "components"), /\.tsx?$/),
      ...files(path.join(ROOT, "app"), /\.tsx?$/),
    ];
    const literal = ui.filter((file) => /maxLength(=\{|: )[0-9]/.test(readFileSync(file, "utf8")));
    expect(literal.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
