import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
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
      admins: viewer ? { where: { userId: viewer.id }, select: { role: true } } : false,
    },
  });
  if (!company) throw new AppError("not_found", "company.notFound");
  const { admins, ...rest } = company;
  return { ...rest, role: (admins?.[0]?.role ?? null) as CompanyRoleName | null };
}
export type FoundCompany = Awaited<ReturnType<typeof companyBySlug>>;

/** The page, when the viewer holds a role with this right on it (otherwise unauthenticated or forbidden). */
export async function companyWithRight(viewer: Pick<Viewer, "id"> | null, input: unknown, right: CompanyRight) {
  const company = await companyBySlug(viewer, input);
  assertCompanyRight(viewer, company.role, right);
  return { company, viewer };
}
