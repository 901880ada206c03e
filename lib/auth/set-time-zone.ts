import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/core/viewer";
import { assertSignedIn } from "@/lib/core/who";
import { db } from "@/lib/db";
import { TimeZoneSchema } from "@/lib/i18n/time-zones";
import { parseInput } from "@/lib/validation";

/** A zone, or "" (or null) for "my browser's": pages then follow the device the member is on. */
export const TimeZoneChoiceSchema = z.object({
  timeZone: z.union([z.literal("").transform(() => null), z.null(), TimeZoneSchema]),
});

/** Saves the zone the member's pages show times in. */
export async function setTimeZone(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  assertSignedIn(viewer);
  const { timeZone } = parseInput(TimeZoneChoiceSchema, input);
  await db.user.update({ where: { id: viewer.id }, data: { timeZone } });
  return { timeZone };
}
