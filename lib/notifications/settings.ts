import "server-only";
import { z } from "zod";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { assertSignedIn } from "@/lib/core/who";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";

/** What members switch on and off: kinds of news grouped as they think of them. */
export const CATEGORY_OF = {
  invitation_received: "network",
  invitation_accepted: "network",
  endorsement: "profile",
  recommendation: "profile",
  post_reaction: "content",
  post_comment: "content",
  comment_reply: "content",
  mention: "content",
  repost: "content",
  company_relation_request: "companies",
  company_relation_approved: "companies",
  company_admin_invitation: "companies",
  job_alert: "jobs",
  application_stage: "jobs",
  application_received: "jobs",
} as const satisfies Record<NotificationKind, string>;

export const NOTIFICATION_CATEGORIES = ["network", "content", "profile", "companies", "jobs"] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];
/** "inApp": the bell; "email": mail (job alert digests today; messaging adds its own). */
export type Channel = "inApp" | "email";
/** The categories that send mail at all: the settings offer email only for them. */
export const EMAIL_CATEGORIES: readonly NotificationCategory[] = ["jobs"];

const Switches = z.object({ inApp: z.boolean().optional(), email: z.boolean().optional() }).strict();
export const NotificationSettingsSchema = z
  .object(
    Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, Switches.optional()])) as {
      [C in NotificationCategory]: z.ZodOptional<typeof Switches>;
    },
  )
  .strict();
export type NotificationSettings = Record<NotificationCategory, Record<Channel, boolean>>;

/** The stored settings with every switch filled in (missing means on). */
export function readNotificationSettings(stored: Prisma.JsonValue | null | undefined): NotificationSettings {
  const parsed = NotificationSettingsSchema.safeParse(stored ?? {});
  const given = parsed.success ? parsed.data : {};
  return Object.fromEntries(
    NOTIFICATION_CATEGORIES.map((category) => [
      category,
      { inApp: given[category]?.inApp ?? true, email: given[category]?.email ?? true },
    ]),
  ) as NotificationSettings;
}

export const wantsNotification = (settings: NotificationSettings, kind: NotificationKind, channel: Channel) =>
  settings[CATEGORY_OF[kind]][channel];

export async function getNotificationSettings(viewer: Pick<Viewer, "id"> | null) {
  assertSignedIn(viewer);
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { notificationSettings: true },
  });
  return readNotificationSettings(user.notificationSettings);
}

/** Changes some switches (the others keep their value). */
export async function saveNotificationSettings(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  assertSignedIn(viewer);
  const changes = parseInput(NotificationSettingsSchema, input);
  const current = await getNotificationSettings(viewer);
  const next = Object.fromEntries(
    NOTIFICATION_CATEGORIES.map((category) => [category, { ...current[category], ...changes[category] }]),
  ) as NotificationSettings;
  await db.user.update({ where: { id: viewer.id }, data: { notificationSettings: next } });
  return next;
}

/** Of these members, those who want this kind of news in this channel. */
export async function membersWanting(
  tx: Prisma.TransactionClient,
  userIds: string[],
  kind: NotificationKind,
  channel: Channel,
): Promise<string[]> {
  if (!userIds.length) return [];
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, notificationSettings: true },
  });
  const wanting = new Set(
    users
      .filter((u) => wantsNotification(readNotificationSettings(u.notificationSettings), kind, channel))
      .map((u) => u.id),
  );
  return userIds.filter((id) => wanting.has(id));
}
