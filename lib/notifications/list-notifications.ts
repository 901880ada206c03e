import "server-only";
import { z } from "zod";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import { decodeCursor, PageQuerySchema, toPage } from "@/lib/api/pagination";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/network/person";
import { parseInput } from "@/lib/validation";

type Who = Pick<Viewer, "id"> | null;

const Cursor = z.object({ at: z.string().datetime(), id: z.string() });

/** The member's notifications, less those caused by members either of them blocked. */
function shownTo(recipientId: string): Prisma.NotificationWhereInput {
  return {
    recipientId,
    OR: [
      { actorId: null },
      {
        actor: {
          blocking: { none: { blockedId: recipientId } },
          blockedBy: { none: { blockerId: recipientId } },
        },
      },
    ],
  };
}

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  actor: Person | null;
  /** the endorsed skill's name, for endorsements */
  skill: string | null;
  isRead: boolean;
  createdAt: Date;
};

/**
 * The viewer's notifications, newest first, a page at a time. Nothing from members either of them blocked.
 * (The notification center with grouping and live updates comes with its own issue.)
 */
export async function listNotifications(viewer: Who, input: unknown) {
  if (!viewer) throw new AppError("unauthenticated");
  const { cursor, limit } = parseInput(PageQuerySchema, input);
  const after = decodeCursor(cursor, Cursor);
  const where: Prisma.NotificationWhereInput = {
    ...shownTo(viewer.id),
    ...(after && {
      AND: {
        OR: [
          { createdAt: { lt: new Date(after.at) } },
          { createdAt: new Date(after.at), id: { lt: after.id } },
        ],
      },
    }),
  };
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      kind: true,
      subjectId: true,
      readAt: true,
      createdAt: true,
      actor: { select: PERSON_SELECT },
    },
  });
  const page = toPage(rows, limit, (last) => ({ at: last.createdAt.toISOString(), id: last.id }));
  const skillIds = page.items.filter((n) => n.kind === "endorsement" && n.subjectId).map((n) => n.subjectId!);
  const skills = skillIds.length
    ? await db.profileSkill.findMany({
        where: { id: { in: skillIds }, profileId: viewer.id },
        select: { id: true, skill: { select: { name: true } } },
      })
    : [];
  const skillName = new Map(skills.map((s) => [s.id, s.skill.name]));
  const items: NotificationItem[] = page.items.map((row) => ({
    id: row.id,
    kind: row.kind,
    actor: row.actor ? toPerson(row.actor) : null,
    skill: (row.subjectId && skillName.get(row.subjectId)) || null,
    isRead: row.readAt !== null,
    createdAt: row.createdAt,
  }));
  return { items, nextCursor: page.nextCursor };
}

/** How many notifications the viewer hasn't read. */
export async function countUnreadNotifications(viewer: Pick<Viewer, "id">) {
  return db.notification.count({ where: { ...shownTo(viewer.id), readAt: null } });
}

/** Marks every notification of the viewer's as read. */
export async function markNotificationsRead(viewer: Who) {
  if (!viewer) throw new AppError("unauthenticated");
  await db.notification.updateMany({
    where: { recipientId: viewer.id, readAt: null },
    data: { readAt: new Date() },
  });
}
