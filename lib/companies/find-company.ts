import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { imageUrl } from "@/lib/media/variants";
import { parseInput } from "@/lib/validation";
import { assertCompanyRight, type CompanyRight } from "./policy";
import { CompanyRefSchema, type CompanyRoleName } from "./schemas";

/** The page at /company/<slug> with the viewer's role on it; "not found" when there is none. */
export async function companyBySlug(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  const { slug } = parseInput(CompanyRefSchema, input);
  const company = await db.company.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      website: true,
      verifiedDomain: true,
      followerCount: true,
      timeZone: true,
      city: true,
      country: true,
      admins: viewer ? { where: { userId: viewer.id }, select: { role: true } } : false,
    },
  });
  if (!company) throw new AppError("not_found", "company.notFound");
  const { admins, ...rest } = company;
  return { ...rest, role: (admins?.[0]?.role ?? null) as CompanyRoleName | null };
}
export type FoundCompany = Awaited<ReturnType<typeof companyBySlug>>;

/** The page, when the viewer holds a role with this right on it (otherwise unauthenticated or forbidden). */
export async function companyWithRight(
  viewer: Pick<Viewer, "id"> | null,
  input: unknown,
  right: CompanyRight,
) {
  const company = await companyBySlug(viewer, input);
  assertCompanyRight(viewer, company.role, right);
  return { company, viewer };
}

/** The viewer's roles on these pages (none where they hold none): one query for a page of posts. */
export async function companyRolesOf(userId: string, companyIds: (string | null)[]) {
  const ids = [...new Set(companyIds.filter((id): id is string => !!id))];
  if (!ids.length) return new Map<string, CompanyRoleName>();
  const rows = await db.companyAdmin.findMany({
    where: { userId, companyId: { in: ids } },
    select: { companyId: true, role: true },
  });
  return new Map(rows.map((row) => [row.companyId, row.role as CompanyRoleName]));
}

/** The pages the viewer holds a role on, for "post as" and their menu. */
export async function listMyCompanies(viewer: Pick<Viewer, "id">) {
  const rows = await db.companyAdmin.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: "asc" },
    select: { role: true, company: { select: { slug: true, nameZh: true, nameEn: true, logoKey: true } } },
  });
  return rows.map(({ role, company }) => ({
    slug: company.slug,
    nameZh: company.nameZh,
    nameEn: company.nameEn,
    logo: company.logoKey ? imageUrl(company.logoKey, "sm") : null,
    role: role as CompanyRoleName,
  }));
}
