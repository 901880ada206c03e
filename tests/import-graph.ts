import path from "node:path";
import ts from "typescript";

export type Import = { from: string; to: string };

/** Every import (static, dynamic, type-only) from one lib/ file to another part of the repository. */
export function importsOf(file: string, text: string, root: string): Import[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .flatMap((specifier) => {
      const target = specifier.startsWith("@/")
        ? path.join(root, specifier.slice(2))
        : specifier.startsWith(".")
          ? path.resolve(path.dirname(file), specifier)
          : null;
      return target ? [{ from: path.relative(root, file), to: path.relative(root, target) }] : [];
    });
}
