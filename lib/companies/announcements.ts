import "server-only";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { companyBySlug, companyWithRight } from "./find-company";
import { AnnouncementRefSchema, AnnouncementSchema } from "./schemas";
import type { Who } from "@/lib/core/who";
import { transaction } from "@/lib/core/events";
import { emitCompanyChanged } from "./company-changed";

const SELECT = { id: true, title: true, body: true, linkUrl: true, pinnedAt: true, createdAt: true } as const;

export type Announcement = {
  id: string;
  title: string;
  body: string;
  linkUrl: string | null;
  isPinned: boolean;
  createdAt: string;
};

const toAnnouncement = (row: {
  id: string;
  title: string;
  body: string;
  linkUrl: string | null;
  pinnedAt: Date | null;
  createdAt: Date;
}): Announcement => ({
  id: row.id,
  title: row.title,
  body: row.body,
  linkUrl: row.linkUrl,
  isPinned: row.pinnedAt !== null,
  createdAt: row.createdAt.toISOString(),
});

/** A page's announcements, the pinned one first, then the newest. Public. */
export async function listAnnouncements(viewer: Who, ref: unknown) {
  const company = await companyBySlug(viewer, ref);
  const rows = await db.companyAnnouncement.findMany({
    where: { companyId: company.id },
    orderBy: [{ pinnedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: 20,
    select: SELECT,
  });
  return rows.map(toAnnouncement);
}

/** 公告: a new announcement, pinned at the top of the page unless told otherwise (unpinning the last one). */
export async function createAnnouncement(viewer: Who, ref: unknown, input: unknown) {
  const { company, viewer: admin } = await companyWithRight(viewer, ref, "edit");
  const { isPinned, ...fields } = parseInput(AnnouncementSchema, input);
  const row = await transaction(async (tx) => {
    if (isPinned)
      await tx.companyAnnouncement.updateMany({
        where: { companyId: company.id, pinnedAt: { not: null } },
        data: { pinnedAt: null },
      });
    await emitCompanyChanged(tx, company, "announcements");
    return tx.companyAnnouncement.create({
      data: { ...fields, companyId: company.id, authorId: admin.id, pinnedAt: isPinned ? new Date() : null },
      select: SELECT,
    });
  });
  return toAnnouncement(row);
}

async function announcementOf(companyId: string, input: unknown) {
  const { announcementId } = parseInput(AnnouncementRefSchema, input);
  const row = await db.companyAnnouncement.findFirst({
    where: { id: announcementId, companyId },
    select: { id: true },
  });
  if (!row) throw new AppError("not_found", "company.announcementNotFound");
  return row;
}

/** Pins (unpinning any other) or unpins an announcement. */
export async function pinAnnouncement(viewer: Who, ref: unknown, input: unknown, isPinned: boolean) {
  const { company } = await companyWithRight(viewer, ref, "edit");
  const announcement = await announcementOf(company.id, input);
  await transaction(async (tx) => {
    if (isPinned)
      await tx.companyAnnouncement.updateMany({
        where: { companyId: company.id, pinnedAt: { not: null } },
        data: { pinnedAt: null },
      });
    await tx.companyAnnouncement.update({
      where: { id: announcement.id },
      data: { pinnedAt: isPinned ? new Date() : null },
    });
    await emitCompanyChanged(tx, company, "announcements");
  });
}

export async function deleteAnnouncement(viewer: Who, ref: unknown, input: unknown) {
  const { company } = await companyWithRight(viewer, ref, "edit");
  const announcement = await announcementOf(company.id, input);
  await transaction(async (tx) => {
    await tx.companyAnnouncement.delete({ where: { id: announcement.id } });
    await emitCompanyChanged(tx, company, "announcements");
  });
}
