import { z } from "zod";

/**
 * How an import loses nothing: each row keeps the JSON Resume entry it came from, with what the row said then
 * (`as`). Exporting, a row that still says the same gives back its entry as it came — every field, in the
 * file's own words (a date's day, highlights apart, 流利 rather than a level) — and a row edited since gives its
 * current values, with the entry's other fields kept beside them.
 */
export type ResumeSource = { entry: Record<string, unknown>; as: Record<string, unknown> };

export const ResumeSourceSchema = z.object({
  entry: z.record(z.string(), z.unknown()),
  as: z.record(z.string(), z.unknown()),
});

/** A value as rows and parsed input both hold it: no value is null, a date is its ISO day. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === "" || value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.length ? value.map(comparable) : null;
  return value;
}

/** What a parsed entry says, for its source's `as`. */
export function snapshotOf(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, comparable(value)]));
}

/** The source of a row made from `parsed`: `fields` are every field the row has (one left empty is null). */
export function sourceOf(
  entry: unknown,
  parsed: Record<string, unknown>,
  fields: readonly string[],
): ResumeSource | null {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return null;
  const values = Object.fromEntries(fields.map((field) => [field, parsed[field]]));
  return { entry: entry as Record<string, unknown>, as: snapshotOf(values) };
}

/** Whether the row still says what it said when it was imported. */
export function stillAgrees(source: ResumeSource, row: Record<string, unknown>): boolean {
  return Object.entries(source.as).every(
    ([key, value]) => JSON.stringify(comparable(row[key])) === JSON.stringify(value),
  );
}

/**
 * A row as a JSON Resume entry: its source as it came while the row agrees with it; otherwise `built` (from the
 * row's current values) with the source's fields that `read` does not cover kept beside it.
 */
export function exportedEntry(
  stored: unknown,
  row: Record<string, unknown>,
  built: Record<string, unknown>,
  read: readonly string[],
): Record<string, unknown> {
  const parsed = ResumeSourceSchema.safeParse(stored);
  if (!parsed.success) return built;
  const source = parsed.data;
  if (stillAgrees(source, row)) return source.entry;
  const kept = Object.fromEntries(Object.entries(source.entry).filter(([key]) => !read.includes(key)));
  return { ...kept, ...built };
}
