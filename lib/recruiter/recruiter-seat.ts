import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { COMPANY_RIGHTS } from "@/lib/companies/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { quote } from "@/lib/core/rules";

/** The company pages a member recruits for (a role with the searchCandidates right), and the verified ones. */
export type RecruiterSeat = {
  companies: {
    id: string;
    slug: string;
    nameZh: string | null;
    nameEn: string | null;
    isVerified: boolean;
  }[];
  companyIds: string[];
  isVerified: boolean;
};

export async function recruiterSeatOf(viewer: Pick<Viewer, "id">): Promise<RecruiterSeat | null> {
  const rows = await db.companyAdmin.findMany({
    where: { userId: viewer.id, role: { in: [...COMPANY_RIGHTS.searchCandidates] } },
    orderBy: { createdAt: "asc" },
    select: { company: { select: { id: true, slug: true, nameZh: true, nameEn: true, verifiedAt: true } } },
  });
  if (!rows.length) return null;
  const companies = rows.map(({ company: { verifiedAt, ...company } }) => ({
    ...company,
    isVerified: verifiedAt !== null,
  }));
  return {
    companies,
    companyIds: companies.map((c) => c.id),
    isVerified: companies.some((c) => c.isVerified),
  };
}

/** Candidate search and talent pools are for recruiters: a member without a seat is refused. */
export async function requireRecruiterSeat(viewer: Pick<Viewer, "id"> | null): Promise<RecruiterSeat> {
  if (!viewer) throw new AppError("unauthenticated");
  const seat = await recruiterSeatOf(viewer);
  if (!seat) throw new AppError("forbidden", "recruiter.notRecruiter");
  return seat;
}

/**
 * Whether a recruiter sees a member's "open to work" signal: a public one always; one for recruiters only when
 * the recruiter hires for a verified company, and never when they hire for a company the member works at now.
 */
export function isOpenToWorkShown(
  seat: RecruiterSeat,
  member: { openToWork: boolean; openToWorkRecruiters: boolean; currentCompanyIds: string[] },
): boolean {
  if (member.openToWork) return true;
  if (!member.openToWorkRecruiters || !seat.isVerified) return false;
  return !member.currentCompanyIds.some((id) => seat.companyIds.includes(id));
}

/** The same rule as a Meilisearch filter over the people index. */
export function openToWorkFilter(seat: RecruiterSeat): string {
  if (!seat.isVerified) return "openToWork = true";
  const own = `[${seat.companyIds.map(quote).join(", ")}]`;
  return `(openToWork = true OR (openToWorkRecruiters = true AND NOT currentCompanyIds IN ${own}))`;
}
