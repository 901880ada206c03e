import { z } from "zod";
import { AppError } from "@/lib/errors";
import { numberFromText } from "@/lib/forms/fields";

/** How many items a page holds: 1 to `max`, `fallback` when not asked. */
export const pageLimit = (max: number, fallback: number) =>
  numberFromText(
    z
      .number({ error: "limit.invalid" })
      .int("limit.invalid")
      .min(1, "limit.invalid")
      .max(max, "limit.invalid"),
  ).default(fallback);

/** ?cursor=&limit= on every list endpoint. */
export const PageQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: pageLimit(100, 20),
});
export type PageQuery = z.output<typeof PageQuerySchema>;

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Opaque keyset cursor: the sort key of the last item seen. */
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(
  cursor: string | undefined,
  schema: S,
): z.output<S> | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("validation", "validation", { fields: { cursor: "cursor.invalid" } });
  }
}

/** Turns `limit + 1` fetched rows into a page (the extra row only says that there is more). */
export function toPage<T>(rows: T[], limit: number, cursorOf: (last: T) => Record<string, string>): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
