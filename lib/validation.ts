import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

/** Input as it arrives from a form or a JSON body: the right keys, values not yet checked. */
export type Untrusted<T> = { [K in keyof T]?: unknown };

/**
 * Text PostgreSQL can't store (U+0000) or that isn't Unicode (a lone surrogate, from JSON's "\ud800"), anywhere
 * in an input: refused for every schema at once, before the schema sees it.
 */
function unstorableTextPaths(value: unknown, path: string[] = [], found: string[] = [], depth = 0): string[] {
  if (typeof value === "string") {
    if (value.includes("\0") || !value.isWellFormed()) found.push(path.length ? path.join(".") : "_form");
  } else if (value && typeof value === "object" && depth < 20) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\0") || !key.isWellFormed()) found.push(path.length ? path.join(".") : "_form");
      else unstorableTextPaths(item, [...path, key], found, depth + 1);
    }
  }
  return found;
}

/** Parses `input` or throws a `validation` AppError whose fields carry message keys (first issue per field). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const unstorable = unstorableTextPaths(input);
  if (unstorable.length) {
    const fields = Object.fromEntries(unstorable.map((field) => [field, "text.unstorableCharacters"]));
    throw new AppError("validation", "validation", { fields });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  const fieldValues: Record<string, Record<string, number>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    if (fields[field]) continue;
    // zod's own messages (wrong type, missing object) are English sentences, not our keys
    fields[field] = /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(issue.message) ? issue.message : "invalid";
    if (issue.code === "too_big") fieldValues[field] = { max: Number(issue.maximum) };
    if (issue.code === "too_small") fieldValues[field] = { min: Number(issue.minimum) };
  }
  throw new AppError("validation", "validation", { fields, fieldValues });
}
