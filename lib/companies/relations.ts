import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { decodeCursor, encodeCursor, type Page } from "@/lib/api/pagination";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { degreesFrom } from "@/lib/network/degrees";
import { blockedEitherWay } from "@/lib/core/blocks";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { isVisibleTo, readVisibility, type Audience } from "@/lib/core/profile-visibility";
import { parseInput } from "@/lib/validation";
import { companyBySlug, companyWithRight } from "./find-company";
import { assertCompanyRight, hasCompanyRight } from "./policy";
import {
  RelationClaimSchema,
  RelationDecisionSchema,
  RelationListSchema,
  RelationRefSchema,
} from "./schemas";
import { type RelationKindName } from "./limits";
import { numberFromText } from "@/lib/forms/fields";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

export type CompanyTie = {
  id: string;
  kind: RelationKindName;
  status: "pending" | "approved" | "declined";
  title: string | null;
  isVerifiedEmployee: boolean;
  person: Person;
  createdAt: string;
};

const TIE_SELECT = {
  id: true,
  kind: true,
  status: true,
  title: true,
  userId: true,
  workEmailVerifiedAt: true,
  createdAt: true,
  user: { select: PERSON_SELECT },
} as const satisfies Prisma.CompanyRelationSelect;

const toTie = (row: Prisma.CompanyRelationGetPayload<{ select: typeof TIE_SELECT }>): CompanyTie => ({
  id: row.id,
  kind: row.kind,
  status: row.status,
  title: row.title,
  isVerifiedEmployee: row.workEmailVerifiedAt !== null,
  person: toPerson(row.user),
  createdAt: row.createdAt.toISOString(),
});

/**
 * A member says how they are tied to the page — employee, partner, customer, supplier, peer — optionally for
 * one of their experience entries; the page's admins are asked to approve. A declined claim can be made again.
 */
export async function claimRelation(viewer: Who, ref: unknown, input: unknown) {
  assertSignedIn(viewer);
  const company = await companyBySlug(viewer, ref);
  const { kind, title, positionId } = parseInput(RelationClaimSchema, input);
  const position = positionId
    ? await db.position.findFirst({
        where: { id: positionId, profileId: viewer.id },
        select: { id: true, title: true },
      })
    : kind === "employee"
      ? await currentPositionAt(viewer.id, company)
      : null;
  if (positionId && !position)
    throw new AppError("validation", "validation", { fields: { positionId: "company.notYourPosition" } });
  const data = { title: title ?? position?.title ?? null, positionId: position?.id ?? null };
  const tie = await transaction(async (tx) => {
    const existing = await tx.companyRelation.findUnique({
      where: { companyId_userId_kind: { companyId: company.id, userId: viewer.id, kind } },
      select: { id: true, status: true },
    });
    if (existing && existing.status !== "declined") throw new AppError("conflict", "company.alreadyClaimed");
    const row = existing
      ? await tx.companyRelation.update({
          where: { id: existing.id },
          data: { ...data, status: "pending", decidedAt: null, decidedById: null, createdAt: new Date() },
          select: TIE_SELECT,
        })
      : await tx.companyRelation.create({
          data: { ...data, companyId: company.id, userId: viewer.id, kind },
          select: TIE_SELECT,
        });
    const claim = { relationId: row.id, companyId: company.id, userId: viewer.id };
    await emit(tx, { type: "company.tie.claimed", ...claim });
    return row;
  }).catch((error: unknown) => {
    // the same claim sent twice at once
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", "company.alreadyClaimed");
    throw error;
  });
  return toTie(tie);
}

/** The member's current experience entry at a company of this name, if their profile has one. */
function currentPositionAt(userId: string, company: { nameZh: string | null; nameEn: string | null }) {
  const names = [company.nameZh, company.nameEn].filter((name): name is string => !!name);
  return db.position.findFirst({
    where: {
      profileId: userId,
      endDate: null,
      relation: null,
      OR: names.map((name) => ({ companyName: { equals: name, mode: "insensitive" as const } })),
    },
    orderBy: { startDate: "desc" },
    select: { id: true, title: true },
  });
}

async function relationOf(companyId: string, input: unknown) {
  const { relationId } = parseInput(RelationRefSchema, input);
  const row = await db.companyRelation.findFirst({
    where: { id: relationId, companyId },
    select: { id: true, userId: true, status: true, positionId: true },
  });
  if (!row) throw new AppError("not_found", "company.relationNotFound");
  return row;
}

/**
 * Approves or declines a claim (declining an approved one takes it off the page). Approving an employee's
 * claim links their experience entry to the page.
 */
export async function decideRelation(viewer: Who, ref: unknown, relationRef: unknown, input: unknown) {
  const { company, viewer: admin } = await companyWithRight(viewer, ref, "decideRelations");
  const relation = await relationOf(company.id, relationRef);
  const { status } = parseInput(RelationDecisionSchema, input);
  await transaction(async (tx) => {
    await tx.companyRelation.update({
      where: { id: relation.id },
      data: { status, decidedById: admin.id, decidedAt: new Date() },
    });
    if (relation.positionId)
      await tx.position.update({
        where: { id: relation.positionId },
        data: { companyId: status === "approved" ? company.id : null },
      });
    await emit(tx, {
      type: "company.tie.decided",
      relationId: relation.id,
      companyId: company.id,
      slug: company.slug,
      userId: relation.userId,
      deciderId: admin.id,
      isNewlyApproved: status === "approved" && relation.status !== "approved",
    });
  });
}

/** The member ends their own tie to the page (a claim, or an approved tie). */
export async function withdrawRelation(viewer: Who, ref: unknown, relationRef: unknown) {
  assertSignedIn(viewer);
  const company = await companyBySlug(viewer, ref);
  const relation = await relationOf(company.id, relationRef);
  if (relation.userId !== viewer.id) throw new AppError("not_found", "company.relationNotFound");
  await transaction(async (tx) => {
    await tx.companyRelation.delete({ where: { id: relation.id } });
    if (relation.positionId)
      await tx.position.update({ where: { id: relation.positionId }, data: { companyId: null } });
    await emit(tx, {
      type: "company.tie.changed",
      relationId: relation.id,
      companyId: company.id,
      slug: company.slug,
      userId: viewer.id,
    });
  });
}

/** Where a page of people starts: the number of ties before it (lists are short enough to count through). */
const OffsetCursorSchema = z.object({ o: numberFromText(z.number().int().min(0).max(1_000_000)) });

/**
 * A page of the company's people of one kind (all kinds when none is given), employees first and verified
 * employees first among them, as the viewer may see them: approved ties for everyone — less members blocked
 * either way and members whose experience the viewer may not see (a page may hold fewer than `limit`) —,
 * pending and declined ones for the admins who decide them.
 */
export async function listRelations(viewer: Who, ref: unknown, input: unknown): Promise<Page<CompanyTie>> {
  const company = await companyBySlug(viewer, ref);
  const { kind, status, cursor, limit } = parseInput(RelationListSchema, input);
  if (status !== "approved") assertCompanyRight(viewer, company.role, "decideRelations");
  const offset = decodeCursor(cursor, OffsetCursorSchema)?.o ?? 0;
  const rows = await db.companyRelation.findMany({
    where: { companyId: company.id, status, ...(kind && { kind }) },
    orderBy: [
      { kind: "asc" },
      { workEmailVerifiedAt: { sort: "asc", nulls: "last" } },
      { createdAt: "asc" },
      { id: "asc" },
    ],
    skip: offset,
    take: limit + 1,
    select: TIE_SELECT,
  });
  const nextCursor = rows.length > limit ? encodeCursor({ o: String(offset + limit) }) : null;
  const page = rows.slice(0, limit);
  const isAll = status !== "approved" || hasCompanyRight(company.role, "decideRelations");
  return { items: (isAll ? page : await visibleTo(viewer, page)).map(toTie), nextCursor };
}

/** Ties whose member the viewer may see on a public list. */
async function visibleTo<T extends { userId: string; user: { profile: { visibility: unknown } | null } }>(
  viewer: Who,
  rows: T[],
): Promise<T[]> {
  if (!viewer)
    return rows.filter((row) =>
      isVisibleTo(readVisibility(row.user.profile?.visibility).experience, "anonymous"),
    );
  const [blocked, degrees] = await Promise.all([
    blockedEitherWay(viewer.id),
    degreesFrom(
      viewer.id,
      rows.map((row) => row.userId),
    ),
  ]);
  const hidden = new Set(blocked);
  return rows.filter((row) => {
    if (hidden.has(row.userId)) return false;
    const audience: Audience =
      row.userId === viewer.id ? "self" : degrees.get(row.userId) === 1 ? "connection" : "member";
    return isVisibleTo(readVisibility(row.user.profile?.visibility).experience, audience);
  });
}
