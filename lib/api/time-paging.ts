import { z } from "zod";
import { decodeCursor, toPage, type Page } from "./pagination";

/** The cursor of a list in (createdAt, id) order: the last row's time and id. */
export const TimeCursorSchema = z.object({ t: z.iso.datetime(), i: z.string().max(40) });

type Order = "desc" | "asc";

/**
 * Keyset paging over rows ordered by (createdAt, key), the newest first unless told "asc".
 * `key` names the row's id column ("id", or "postId" on join tables).
 */
export function timePaging<K extends string>(rawCursor: string | undefined, key: K, order: Order = "desc") {
  const cursor = decodeCursor(rawCursor, TimeCursorSchema);
  const past = order === "desc" ? "lt" : "gt";
  const after = cursor
    ? {
        OR: [
          { createdAt: { [past]: new Date(cursor.t) } },
          { createdAt: new Date(cursor.t), [key]: { [past]: cursor.i } } as { createdAt: Date } & {
            [k in K]: Record<typeof past, string>;
          },
        ],
      }
    : {};
  return {
    /** A where clause for the rows after the cursor ({} on the first page). */
    after,
    orderBy: [{ createdAt: order }, { [key]: order } as { [k in K]: Order }],
    toPage: <T extends { createdAt: Date } & { [k in K]: string }>(rows: T[], limit: number): Page<T> =>
      toPage(rows, limit, (last) => ({ t: last.createdAt.toISOString(), i: last[key] })),
  };
}
