import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberByHandle } from "@/lib/network/members";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/network/person";
import { parseInput } from "@/lib/validation";
import { companyBySlug, companyWithRight } from "./find-company";
import { assertCompanyRight, assertNotLastSuperAdmin } from "./policy";
import { AdminRefSchema, AdminSchema, type CompanyRoleName } from "./schemas";

type Who = Pick<Viewer, "id"> | null;

export type PageAdmin = { person: Person; role: CompanyRoleName; since: string };

/** The page's admins with their roles: only its admins see them (any role). */
export async function listAdmins(viewer: Who, ref: unknown): Promise<PageAdmin[]> {
  const company = await companyBySlug(viewer, ref);
  if (!viewer) throw new AppError("unauthenticated");
  if (!company.role) throw new AppError("forbidden", "company.notAllowed");
  const rows = await db.companyAdmin.findMany({
    where: { companyId: company.id },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: PERSON_SELECT } },
  });
  return rows.map((row) => ({
    person: toPerson(row.user),
    role: row.role,
    since: row.createdAt.toISOString(),
  }));
}

/**
 * Holds the page's admin rows for the rest of the transaction, so that two super admins demoting each other
 * at once can't leave the page with none.
 */
async function lockAdmins(tx: Prisma.TransactionClient, companyId: string) {
  await tx.$queryRaw`SELECT id FROM "Company" WHERE id = ${companyId} FOR UPDATE`;
  return tx.companyAdmin.findMany({ where: { companyId }, select: { userId: true, role: true } });
}

/** Gives a member a role on the page, or changes theirs; super admins only. */
export async function setAdmin(viewer: Who, ref: unknown, input: unknown) {
  const { company } = await companyWithRight(viewer, ref, "manageAdmins");
  const { handle, role } = parseInput(AdminSchema, input);
  const member = await memberByHandle(handle);
  await db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, company.id);
    const current = admins.find((a) => a.userId === member.userId);
    const superAdmins = admins.filter((a) => a.role === "super_admin").length;
    assertNotLastSuperAdmin(superAdmins, current?.role === "super_admin" && role !== "super_admin");
    await tx.companyAdmin.upsert({
      where: { companyId_userId: { companyId: company.id, userId: member.userId } },
      create: { companyId: company.id, userId: member.userId, role },
      update: { role },
    });
  });
}

/** Takes a member's role away; super admins remove anyone, any admin can leave. Never the last super admin. */
export async function removeAdmin(viewer: Who, ref: unknown, input: unknown) {
  const company = await companyBySlug(viewer, ref);
  const { handle } = parseInput(AdminRefSchema, input);
  const member = await memberByHandle(handle);
  const isLeaving = viewer?.id === member.userId && company.role !== null;
  if (!isLeaving) assertCompanyRight(viewer, company.role, "manageAdmins");
  await db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, company.id);
    const current = admins.find((a) => a.userId === member.userId);
    if (!current) throw new AppError("not_found", "company.notAnAdmin");
    const superAdmins = admins.filter((a) => a.role === "super_admin").length;
    assertNotLastSuperAdmin(superAdmins, current.role === "super_admin");
    await tx.companyAdmin.delete({
      where: { companyId_userId: { companyId: company.id, userId: member.userId } },
    });
  });
}
