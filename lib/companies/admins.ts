import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberByHandle } from "@/lib/network/members";
import { assertVisible } from "@/lib/network/policy";
import { relationshipBetween } from "@/lib/network/relationship";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import { companyBySlug, companyWithRight } from "./find-company";
import { assertCompanyRight, assertNotLastSuperAdmin, hasCompanyRight } from "./policy";
import { AdminRefSchema, AdminSchema, type CompanyRoleName } from "./schemas";
import type { Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

export type PageAdmin = { person: Person; role: CompanyRoleName; since: string };

const PAGE_ROLE_SELECT = { role: true, createdAt: true, user: { select: PERSON_SELECT } } as const;

function toPageAdmin(row: Prisma.CompanyAdminGetPayload<{ select: typeof PAGE_ROLE_SELECT }>): PageAdmin {
  return { person: toPerson(row.user), role: row.role, since: row.createdAt.toISOString() };
}

/** The page's admins with their roles: only its admins see them (any role). */
export async function listAdmins(viewer: Who, ref: unknown): Promise<PageAdmin[]> {
  const company = await companyBySlug(viewer, ref);
  if (!viewer) throw new AppError("unauthenticated");
  if (!company.role) throw new AppError("forbidden", "company.notAllowed");
  const rows = await db.companyAdmin.findMany({
    where: { companyId: company.id },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: PAGE_ROLE_SELECT,
  });
  return rows.map(toPageAdmin);
}

/** The roles offered and not yet accepted: for the super admins who offer them (null for other admins). */
export async function listOfferedRoles(viewer: Who, ref: unknown): Promise<PageAdmin[] | null> {
  const company = await companyBySlug(viewer, ref);
  if (!viewer) throw new AppError("unauthenticated");
  if (!company.role) throw new AppError("forbidden", "company.notAllowed");
  if (!hasCompanyRight(company.role, "manageAdmins")) return null;
  const rows = await db.companyAdminInvitation.findMany({
    where: { companyId: company.id },
    orderBy: { createdAt: "asc" },
    select: PAGE_ROLE_SELECT,
  });
  return rows.map(toPageAdmin);
}

/**
 * Holds the page's admin rows for the rest of the transaction, so that two super admins demoting each other
 * at once can't leave the page with none.
 */
async function lockAdmins(tx: Prisma.TransactionClient, companyId: string) {
  await tx.$queryRaw`SELECT id FROM "Company" WHERE id = ${companyId} FOR UPDATE`;
  return tx.companyAdmin.findMany({ where: { companyId }, select: { userId: true, role: true } });
}

/**
 * Changes an admin's role, or offers a role to a member who isn't one (theirs once they accept, see
 * admin-invitations.ts: nobody is made an admin unasked); super admins only. Says which it did.
 */
export async function setAdmin(viewer: Who, ref: unknown, input: unknown): Promise<"changed" | "invited"> {
  const { company, viewer: superAdmin } = await companyWithRight(viewer, ref, "manageAdmins");
  const { handle, role } = parseInput(AdminSchema, input);
  const member = await memberByHandle(handle);
  assertVisible(await relationshipBetween(superAdmin.id, member.userId));
  return transaction(async (tx) => {
    const admins = await lockAdmins(tx, company.id);
    const current = admins.find((a) => a.userId === member.userId);
    if (!current) {
      const offer = await tx.companyAdminInvitation.upsert({
        where: { companyId_userId: { companyId: company.id, userId: member.userId } },
        create: { companyId: company.id, userId: member.userId, role, invitedById: superAdmin.id },
        update: { role, invitedById: superAdmin.id },
        select: { id: true, createdAt: true, role: true },
      });
      await emit(tx, {
        type: "company.role.offered",
        offerId: offer.id,
        companyId: company.id,
        userId: member.userId,
        offeredById: superAdmin.id,
      });
      return "invited";
    }
    const superAdmins = admins.filter((a) => a.role === "super_admin").length;
    assertNotLastSuperAdmin(superAdmins, current.role === "super_admin" && role !== "super_admin");
    await tx.companyAdmin.update({
      where: { companyId_userId: { companyId: company.id, userId: member.userId } },
      data: { role },
    });
    return "changed";
  });
}

/**
 * Takes a member's role away, or withdraws the role offered to them; super admins remove anyone, any admin can
 * leave. Never the last super admin.
 */
export async function removeAdmin(viewer: Who, ref: unknown, input: unknown) {
  const company = await companyBySlug(viewer, ref);
  const { handle } = parseInput(AdminRefSchema, input);
  const member = await memberByHandle(handle);
  const isLeaving = viewer?.id === member.userId && company.role !== null;
  if (!isLeaving) assertCompanyRight(viewer, company.role, "manageAdmins");
  await db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, company.id);
    const current = admins.find((a) => a.userId === member.userId);
    if (!current) {
      const { count } = await tx.companyAdminInvitation.deleteMany({
        where: { companyId: company.id, userId: member.userId },
      });
      if (count === 0) throw new AppError("not_found", "company.notAnAdmin");
      return;
    }
    const superAdmins = admins.filter((a) => a.role === "super_admin").length;
    assertNotLastSuperAdmin(superAdmins, current.role === "super_admin");
    await tx.companyAdmin.delete({
      where: { companyId_userId: { companyId: company.id, userId: member.userId } },
    });
  });
}
