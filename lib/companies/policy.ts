import type { Viewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import type { CompanyRoleName } from "./schemas";

/** What a page role lets its holder do. Members without a role may only read the page and claim a tie. */
export const COMPANY_RIGHTS = {
  edit: ["super_admin", "content_admin"], // the page, its announcements and products
  postAs: ["super_admin", "content_admin"], // posts and articles as the company
  decideRelations: ["super_admin", "content_admin"], // approve or decline employees, partners, …
  manageAdmins: ["super_admin"],
  viewAnalytics: ["super_admin", "content_admin", "analyst"],
  // the hiring team: jobs, their applicants and pipelines, talent projects
  hire: ["super_admin", "content_admin", "recruiter"],
  // candidate search, where members open to work for recruiters only may show that signal
  searchCandidates: ["super_admin", "recruiter"],
} as const satisfies Record<string, readonly CompanyRoleName[]>;
export type CompanyRight = keyof typeof COMPANY_RIGHTS;

export function hasCompanyRight(role: CompanyRoleName | null | undefined, right: CompanyRight): boolean {
  return !!role && (COMPANY_RIGHTS[right] as readonly CompanyRoleName[]).includes(role);
}

/** Every right of a role, for the page's admin screens and the API. */
export function companyRightsOf(role: CompanyRoleName | null | undefined): Record<CompanyRight, boolean> {
  return Object.fromEntries(
    (Object.keys(COMPANY_RIGHTS) as CompanyRight[]).map((right) => [right, hasCompanyRight(role, right)]),
  ) as Record<CompanyRight, boolean>;
}

export function assertCompanyRight(
  viewer: Pick<Viewer, "id"> | null,
  role: CompanyRoleName | null | undefined,
  right: CompanyRight,
): asserts viewer is Pick<Viewer, "id"> {
  if (!viewer) throw new AppError("unauthenticated");
  if (!hasCompanyRight(role, right)) throw new AppError("forbidden", "company.notAllowed");
}

/** A page always keeps a super admin: the last one can't leave or be removed or demoted. */
export function assertNotLastSuperAdmin(superAdminCount: number, isChangingASuperAdmin: boolean) {
  if (isChangingASuperAdmin && superAdminCount <= 1) throw new AppError("conflict", "company.lastSuperAdmin");
}
