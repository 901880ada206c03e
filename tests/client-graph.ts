import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The modules a file loads when it runs: imports and re-exports that are not type-only, and import(). */
export function runtimeSpecifiers(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0
          ? bindings.elements.every((element) => element.isTypeOnly)
          : false);
      if (!onlyTypes) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx", ""];

/** A specifier inside the repository as a path relative to `root`, or null for a package. */
function resolveInRepo(specifier: string, from: string, root: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const found = EXTENSIONS.map((ext) => base + ext).find(
    (candidate) => existsSync(candidate) && !candidate.endsWith("/"),
  );
  return found ? path.relative(root, found) : path.relative(root, base);
}

/** The package a bare specifier names: "zod" for "zod/v4", "@radix-ui/react-menu" for itself. */
const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/**
 * Everything the browser loads with `entry`: each package it reaches, with the chain of repository files
 * that leads there (the first chain found). `read` gives a file's text (tests plant files through it).
 */
export function packagesReachedFrom(
  entry: string,
  root: string,
  read: (file: string) => string = (file) => readFileSync(path.join(root, file), "utf8"),
): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file) || !/\.tsx?$/.test(file)) return;
    seen.add(file);
    const text = read(file);
    // the browser gets a reference to a server action, not its module
    if (/^\s*["']use server["']/.test(text)) return;
    for (const specifier of runtimeSpecifiers(file, text)) {
      const inRepo = resolveInRepo(specifier, path.join(root, file), root);
      if (inRepo) walk(inRepo, [...chain, inRepo]);
      else if (!reached.has(packageOf(specifier))) reached.set(packageOf(specifier), chain);
    }
  };
  walk(entry, [entry]);
  return reached;
}
