import { imageUrl } from "@/lib/media/variants";
import type { JobStatusName } from "./schemas";

/** What a job's row in a list shows (search results, a company's jobs, saved jobs, My jobs). */
export const JOB_CARD_SELECT = {
  id: true,
  title: true,
  status: true,
  city: true,
  country: true,
  workplace: true,
  employmentType: true,
  seniority: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  salaryMonths: true,
  applyUrl: true,
  publishedAt: true,
  expiresAt: true,
  applicantCount: true,
  company: { select: { slug: true, nameZh: true, nameEn: true, logoKey: true, verifiedAt: true } },
} as const;

/** `months`: months of pay a year, for a monthly salary of more than twelve (13薪, 14薪); otherwise null. */
export type Salary = {
  min: number | null;
  max: number | null;
  currency: string;
  period: string;
  months: number | null;
};

export type JobCard = {
  id: string;
  title: string;
  status: JobStatusName;
  company: {
    slug: string;
    nameZh: string | null;
    nameEn: string | null;
    logo: string | null;
    isVerified: boolean;
  };
  city: string | null;
  country: string | null;
  workplace: string;
  employmentType: string;
  seniority: string;
  salary: Salary | null;
  /** applications go to the company's own site */
  isExternal: boolean;
  publishedAt: string | null;
  expiresAt: string;
  applicantCount: number;
};

type CardRow = {
  id: string;
  title: string;
  status: string;
  city: string | null;
  country: string | null;
  workplace: string;
  employmentType: string;
  seniority: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  salaryMonths: number | null;
  applyUrl: string | null;
  publishedAt: Date | null;
  expiresAt: Date;
  applicantCount: number;
  company: {
    slug: string;
    nameZh: string | null;
    nameEn: string | null;
    logoKey: string | null;
    verifiedAt: Date | null;
  };
};

export function salaryOf(
  row: Pick<CardRow, "salaryMin" | "salaryMax" | "salaryCurrency" | "salaryPeriod" | "salaryMonths">,
): Salary | null {
  const { salaryMin: min, salaryMax: max, salaryCurrency: currency, salaryPeriod: period } = row;
  const months = period === "month" && row.salaryMonths && row.salaryMonths > 12 ? row.salaryMonths : null;
  return (min !== null || max !== null) && currency && period ? { min, max, currency, period, months } : null;
}

export function toJobCard(row: CardRow): JobCard {
  const { company } = row;
  return {
    id: row.id,
    title: row.title,
    status: row.status as JobStatusName,
    company: {
      slug: company.slug,
      nameZh: company.nameZh,
      nameEn: company.nameEn,
      logo: company.logoKey ? imageUrl(company.logoKey, "sm") : null,
      isVerified: company.verifiedAt !== null,
    },
    city: row.city,
    country: row.country,
    workplace: row.workplace,
    employmentType: row.employmentType,
    seniority: row.seniority,
    salary: salaryOf(row),
    isExternal: row.applyUrl !== null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    applicantCount: row.applicantCount,
  };
}
