import "server-only";
import { db } from "@/lib/db";
import { plainTextOf } from "@/lib/markdown";
import { salaryBandsOf } from "@/lib/jobs/salary";
import { imageUrl } from "@/lib/media/variants";
import { countryNames, meaningsOf } from "@/lib/search/search-terms";
import { TITLE_GROUPS } from "@/lib/search/synonyms";
import { chineseWords } from "@/lib/search/segment";
import { cityKeyOf } from "@/lib/i18n/cities";
import { idBatchesOf, type SearchSource } from "@/lib/search/sources";
import { openJobsWhere } from "./job-visibility";

export type JobDocument = {
  id: string;
  title: string;
  /** the title's words in the other language (search-terms.ts meaningsOf) */
  titleMeanings: string[];
  /** the description as plain text, cut short */
  description: string;
  companyId: string;
  companyNames: string[];
  companyLogo: string | null;
  /** the city's key (lib/i18n/cities.ts): one facet value for 杭州 and Hangzhou */
  city: string | null;
  /** the city as written, searched */
  cityNames: string[];
  country: string | null;
  countryNames: string[];
  workplace: string;
  remoteCountries: string[];
  employmentType: string;
  seniority: string;
  skills: string[];
  /** the yuan-a-year bands the salary reaches (lib/jobs/salary.ts) */
  salaryBands: string[];
  publishedAt: number;
  segmented: string;
};

const DESCRIPTION_KEPT = 3000;

/** Search documents for jobs: open ones only — a draft, paused or closed job leaves the index. */
export async function buildJobDocuments(ids: string[]): Promise<JobDocument[]> {
  const jobs = await db.job.findMany({
    where: { AND: [{ id: { in: ids } }, openJobsWhere()] },
    select: {
      id: true,
      title: true,
      description: true,
      companyId: true,
      city: true,
      country: true,
      workplace: true,
      remoteCountries: true,
      employmentType: true,
      seniority: true,
      requiredSkills: true,
      niceSkills: true,
      salaryMin: true,
      salaryMax: true,
      salaryCurrency: true,
      salaryPeriod: true,
      salaryMonths: true,
      publishedAt: true,
      company: { select: { nameZh: true, nameEn: true, logoKey: true } },
    },
  });
  return jobs.map((job) => {
    const description = plainTextOf(job.description).slice(0, DESCRIPTION_KEPT);
    const companyNames = [job.company.nameZh, job.company.nameEn].filter((n): n is string => !!n);
    const city = cityKeyOf(job.city);
    return {
      id: job.id,
      title: job.title,
      titleMeanings: meaningsOf([job.title], TITLE_GROUPS),
      description,
      companyId: job.companyId,
      companyNames,
      companyLogo: job.company.logoKey ? imageUrl(job.company.logoKey, "sm") : null,
      city,
      cityNames: job.city ? [job.city] : [],
      country: job.country,
      countryNames: job.country ? countryNames(job.country) : [],
      workplace: job.workplace,
      remoteCountries: job.remoteCountries,
      employmentType: job.employmentType,
      seniority: job.seniority,
      skills: [...new Set([...job.requiredSkills, ...job.niceSkills])],
      salaryBands: salaryBandsOf(job),
      publishedAt: (job.publishedAt ?? new Date()).getTime(),
      segmented: chineseWords(job.title, description, ...companyNames),
    };
  });
}

/** The jobs index: open jobs, each carrying its company's names and logo. */
export const JOBS_SOURCE: SearchSource = {
  entity: "job",
  build: buildJobDocuments,
  count: () => db.job.count({ where: openJobsWhere() }),
  idBatches: idBatchesOf(() => db.job, openJobsWhere),
  embeds: {
    company: (companyIds) =>
      db.job
        .findMany({
          where: { AND: [{ companyId: { in: companyIds } }, openJobsWhere()] },
          select: { id: true },
        })
        .then((rows) => rows.map((row) => row.id)),
  },
  follows: {
    "job.saved": ({ jobId }) => ({ entity: "job", ids: [jobId] }),
    "job.status.changed": ({ jobId }) => ({ entity: "job", ids: [jobId] }),
    "jobs.closed": ({ jobIds }) => ({ entity: "job", ids: jobIds }),
  },
};
