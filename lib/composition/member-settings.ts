import "server-only";
import { TimeZoneChoiceSchema, setTimeZone } from "@/lib/auth/set-time-zone";
import type { Viewer } from "@/lib/core/viewer";
import { assertSignedIn } from "@/lib/core/who";
import { db } from "@/lib/db";
import {
  getNotificationSettings,
  NotificationSettingsSchema,
  saveNotificationSettings,
} from "@/lib/notifications/settings";
import { parseInput } from "@/lib/validation";

export const MemberSettingsChangeSchema = TimeZoneChoiceSchema.partial()
  .extend({ notifications: NotificationSettingsSchema.optional() })
  .strict();

/** The member's settings page in one read: their time zone and their notification switches. */
export async function getMemberSettings(viewer: Pick<Viewer, "id"> | null) {
  assertSignedIn(viewer);
  const [{ timeZone }, notifications] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { timeZone: true } }),
    getNotificationSettings(viewer),
  ]);
  return { timeZone, notifications };
}

/** Changes any of them (PATCH /api/v1/me/settings). */
export async function saveMemberSettings(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  assertSignedIn(viewer);
  const { timeZone, notifications } = parseInput(MemberSettingsChangeSchema, input);
  if (timeZone !== undefined) await setTimeZone(viewer, { timeZone });
  if (notifications) await saveNotificationSettings(viewer, notifications);
  return getMemberSettings(viewer);
}
