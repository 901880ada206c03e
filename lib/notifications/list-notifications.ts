import "server-only";
import { z } from "zod";
import { Prisma, type NotificationKind } from "@/generated/prisma/client";
import { decodeCursor, PageQuerySchema, toPage } from "@/lib/api/pagination";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { COMPANY_RIGHTS } from "@/lib/companies/policy";
import { stageNamesOf } from "@/lib/jobs/stage-names";
import { imageUrl } from "@/lib/media/variants";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import type { Who } from "@/lib/core/who";

const Cursor = z.object({ at: z.iso.datetime(), id: z.string().max(40) });

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

/** Kinds about a post: all of one kind on one post show as one line ("张三 and 12 others reacted"). */
export const GROUPED_KINDS: readonly NotificationKind[] = [
  "post_reaction",
  "post_comment",
  "comment_reply",
  "repost",
];

export type ApplicationNews = {
  applicationId: string;
  jobId: string;
  jobTitle: string;
  company: { nameZh: string | null; nameEn: string | null; logo: string | null };
  stage: string;
  stageName: string | null;
};

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  /** the latest member who did it */
  actor: Person | null;
  /** how many other members did the same (grouped kinds) */
  otherCount: number;
  /** the post a feed notification is about */
  postId: string | null;
  /** the endorsed skill's name, for endorsements */
  skill: string | null;
  /** the company page and the kind of tie, for a tie asked for or approved */
  company: { slug: string; nameZh: string | null; nameEn: string | null; tie: string } | null;
  /**
   * the application whose stage moved (its stage now, in the company's words when it renamed it), or, for the
   * hiring team, the one just received
   */
  application: ApplicationNews | null;
  /** the job alert that new jobs match */
  alert: { id: string; query: string } | null;
  /** a page role offered to the viewer, while it waits for their answer */
  roleOffer: { role: string; company: { slug: string; nameZh: string | null; nameEn: string | null } } | null;
  isRead: boolean;
  createdAt: Date;
};

type GroupRow = { id: string; createdAt: Date; actorCount: number; isRead: boolean };

/**
 * One row per notification, or per group of a grouped kind on one post (at its latest time), newest first,
 * before the cursor; members blocked either way are left out.
 */
function groupsOf(recipientId: string, before: { at: Date; id: string } | undefined, take: number) {
  return db.$queryRaw<GroupRow[]>`
    WITH visible AS (
      SELECT n.id, n."createdAt", n."actorId", n."readAt",
        CASE WHEN n.kind::text = ANY(${GROUPED_KINDS as string[]}) AND n."subjectId" IS NOT NULL
          THEN n.kind::text || ':' || n."subjectId" ELSE n.id END AS grp
      FROM "Notification" n
      WHERE n."recipientId" = ${recipientId}
        AND (n."actorId" IS NULL OR NOT EXISTS (
          SELECT 1 FROM "Block" b
          WHERE (b."blockerId" = ${recipientId} AND b."blockedId" = n."actorId")
             OR (b."blockerId" = n."actorId" AND b."blockedId" = ${recipientId})))
    ),
    groups AS (
      SELECT (array_agg(id ORDER BY "createdAt" DESC, id DESC))[1] AS id, max("createdAt") AS "createdAt",
        count(DISTINCT "actorId")::int AS "actorCount", bool_and("readAt" IS NOT NULL) AS "isRead"
      FROM visible GROUP BY grp
    )
    SELECT * FROM groups
    WHERE ${before ? Prisma.sql`("createdAt", id) < (${before.at}, ${before.id})` : Prisma.sql`TRUE`}
    ORDER BY "createdAt" DESC, id DESC
    LIMIT ${take}`;
}

/**
 * The viewer's notifications, newest first, a page at a time, with reactions, comments and reposts on one post
 * grouped. Nothing from members either of them blocked.
 */
export async function listNotifications(viewer: Who, input: unknown) {
  if (!viewer) throw new AppError("unauthenticated");
  const { cursor, limit } = parseInput(PageQuerySchema, input);
  const after = decodeCursor(cursor, Cursor);
  const groups = await groupsOf(viewer.id, after && { at: new Date(after.at), id: after.id }, limit + 1);
  const page = toPage(groups, limit, (last) => ({ at: last.createdAt.toISOString(), id: last.id }));
  const rows = await db.notification.findMany({
    where: { id: { in: page.items.map((group) => group.id) } },
    select: { id: true, kind: true, subjectId: true, actor: { select: PERSON_SELECT } },
  });
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const skillIds = rows.filter((n) => n.kind === "endorsement" && n.subjectId).map((n) => n.subjectId!);
  const skills = skillIds.length
    ? await db.profileSkill.findMany({
        where: { id: { in: skillIds }, profileId: viewer.id },
        select: { id: true, skill: { select: { name: true } } },
      })
    : [];
  const skillName = new Map(skills.map((s) => [s.id, s.skill.name]));
  const tieIds = rows
    .filter((n) => n.kind.startsWith("company_relation") && n.subjectId)
    .map((n) => n.subjectId!);
  const ties = tieIds.length
    ? await db.companyRelation.findMany({
        where: { id: { in: tieIds } },
        select: { id: true, kind: true, company: { select: { slug: true, nameZh: true, nameEn: true } } },
      })
    : [];
  const tieOf = new Map(ties.map((tie) => [tie.id, { ...tie.company, tie: tie.kind as string }]));
  const subjectsOf = (kind: NotificationKind) =>
    rows.filter((n) => n.kind === kind && n.subjectId).map((n) => n.subjectId!);
  const [applications, alerts, offers] = await Promise.all([
    applicationsOf(viewer.id, subjectsOf("application_stage"), subjectsOf("application_received")),
    db.jobAlert.findMany({
      where: { id: { in: subjectsOf("job_alert") }, userId: viewer.id },
      select: { id: true, query: true },
    }),
    db.companyAdminInvitation.findMany({
      where: { id: { in: subjectsOf("company_admin_invitation") }, userId: viewer.id },
      select: { id: true, role: true, company: { select: { slug: true, nameZh: true, nameEn: true } } },
    }),
  ]);
  const alertOf = new Map(alerts.map((alert) => [alert.id, alert]));
  const offerOf = new Map(offers.map(({ id, ...offer }) => [id, offer]));
  const items: NotificationItem[] = page.items.flatMap((group) => {
    const row = rowOf.get(group.id);
    if (!row) return [];
    const isAboutPost = GROUPED_KINDS.includes(row.kind) || row.kind === "mention";
    return [
      {
        id: row.id,
        kind: row.kind,
        actor: row.actor ? toPerson(row.actor) : null,
        otherCount: Math.max(0, group.actorCount - 1),
        postId: isAboutPost ? row.subjectId : null,
        skill: (row.subjectId && skillName.get(row.subjectId)) || null,
        company: (row.subjectId && tieOf.get(row.subjectId)) || null,
        application: applications.get(row.subjectId ?? "") ?? null,
        alert: (row.kind === "job_alert" && alertOf.get(row.subjectId ?? "")) || null,
        roleOffer: (row.kind === "company_admin_invitation" && offerOf.get(row.subjectId ?? "")) || null,
        isRead: group.isRead,
        createdAt: group.createdAt,
      },
    ];
  });
  return { items, nextCursor: page.nextCursor };
}

/**
 * The applications behind "your application moved" notifications (the viewer's own) and "new applicant" ones
 * (to a job of a page where the viewer is on the hiring team still).
 */
async function applicationsOf(
  viewerId: string,
  ownIds: string[],
  receivedIds: string[],
): Promise<Map<string, ApplicationNews>> {
  const rows =
    ownIds.length || receivedIds.length
      ? await db.jobApplication.findMany({
          where: {
            OR: [
              { id: { in: ownIds }, applicantId: viewerId },
              {
                id: { in: receivedIds },
                job: {
                  company: { admins: { some: { userId: viewerId, role: { in: [...COMPANY_RIGHTS.hire] } } } },
                },
              },
            ],
          },
          select: {
            id: true,
            stage: true,
            job: {
              select: {
                id: true,
                title: true,
                companyId: true,
                company: { select: { nameZh: true, nameEn: true, logoKey: true } },
              },
            },
          },
        })
      : [];
  const names = await stageNamesOf(rows.map((row) => row.job.companyId));
  return new Map(
    rows.map(({ id, stage, job: { company, ...job } }) => [
      id,
      {
        applicationId: id,
        jobId: job.id,
        jobTitle: job.title,
        company: {
          nameZh: company.nameZh,
          nameEn: company.nameEn,
          logo: company.logoKey ? imageUrl(company.logoKey, "sm") : null,
        },
        stage: stage as string,
        stageName: names.get(job.companyId)?.[stage] ?? null,
      },
    ]),
  );
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
