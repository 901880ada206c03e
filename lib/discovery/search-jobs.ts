import "server-only";
import type { Meilisearch, SearchResponse } from "meilisearch";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { search } from "@/lib/search/client";
import { wordsOf } from "@/lib/discovery/fallback";
import { JOB_MARKED, planJobs } from "@/lib/discovery/find-jobs";
import { hydrateHits, type FacetValue, type Marked } from "@/lib/discovery/plan";
import { parseInput } from "@/lib/validation";
import { JOB_CARD_SELECT, toJobCard, type JobCard } from "@/lib/jobs/job-card";
import {
  DATE_SPANS,
  jobPageOf,
  JobSearchQuerySchema,
  type JobFilters,
  type JobSearchQuery,
} from "@/lib/jobs/job-search-query";
import type { Who } from "@/lib/core/who";
import { openJobsWhere } from "@/lib/jobs/job-visibility";
import { citySpellings } from "@/lib/i18n/cities";
import { withFacetNames } from "./facet-names";

export type JobResult = Marked<JobCard, (typeof JOB_MARKED)[number]> & {
  isSaved: boolean;
  hasApplied: boolean;
};
export type JobSearchResults = {
  q: string;
  hits: JobResult[];
  total: number;
  nextCursor: string | null;
  facets: Record<string, FacetValue[]>;
  /** Meilisearch could not answer: PostgreSQL did, by the words as typed, without counts */
  isDegraded: boolean;
  processingTimeMs: number;
};

/** The companies where the viewer's connections work now (for "companies where you have connections"). */
export async function companiesOfConnections(userId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ companyId: string }[]>`
    SELECT DISTINCT p."companyId"
    FROM "Connection" c
    JOIN "Position" p ON p."profileId" = c."otherId"
    WHERE c."userId" = ${userId} AND p."endDate" IS NULL AND p."companyId" IS NOT NULL
    LIMIT 1000`;
  return rows.map((row) => row.companyId);
}

/** Open jobs matching a query and facets, a page at a time, as the viewer sees them (saved, applied). */
export async function searchJobs(
  viewer: Who,
  input: unknown,
  client: Meilisearch = search(),
): Promise<JobSearchResults> {
  const started = performance.now();
  const query = parseInput(JobSearchQuerySchema, input) as JobSearchQuery;
  const page = jobPageOf(query.cursor);
  if (query.filters.network?.length && !viewer) throw new AppError("unauthenticated");
  const networkCompanyIds = viewer ? await companiesOfConnections(viewer.id) : null;
  const plan = planJobs(query, page, networkCompanyIds);
  let responses: SearchResponse<Record<string, unknown>>[] | undefined;
  try {
    ({ results: responses } = await client.multiSearch({ queries: plan.queries }));
  } catch (error) {
    log.warn({ err: error }, "job search fell back to PostgreSQL");
  }
  const section = responses
    ? plan.assemble(responses)
    : await searchJobsInPostgres(query, page, networkCompanyIds ?? []);
  const hits = await hydrateHits(section.hits, (ids) => hydrateJobs(viewer, ids), JOB_MARKED);
  return {
    q: query.q,
    hits,
    total: section.total,
    nextCursor: section.nextCursor,
    facets: await withFacetNames(section.facets),
    isDegraded: !responses,
    processingTimeMs: Math.round(performance.now() - started),
  };
}

/** The open jobs behind these hits, as they are now, with whether the viewer saved or applied to each. */
async function hydrateJobs(viewer: Who, ids: string[]) {
  const [rows, saved, applied] = await Promise.all([
    db.job.findMany({ where: { AND: [{ id: { in: ids } }, openJobsWhere()] }, select: JOB_CARD_SELECT }),
    viewer
      ? db.savedJob.findMany({ where: { userId: viewer.id, jobId: { in: ids } }, select: { jobId: true } })
      : [],
    viewer
      ? db.jobApplication.findMany({
          where: { applicantId: viewer.id, jobId: { in: ids } },
          select: { jobId: true },
        })
      : [],
  ]);
  const savedIds = new Set(saved.map((row) => row.jobId));
  const appliedIds = new Set(applied.map((row) => row.jobId));
  return new Map(
    rows.map((row) => [
      row.id,
      { ...toJobCard(row), isSaved: savedIds.has(row.id), hasApplied: appliedIds.has(row.id) },
    ]),
  );
}

/** When Meilisearch is down: every word of the query in the title, description or company name; newest first. */
async function searchJobsInPostgres(query: JobSearchQuery, page: number, networkCompanyIds: string[]) {
  const where: Prisma.JobWhereInput = {
    AND: [
      openJobsWhere(),
      ...wordsOf(query.q).map((word) => ({
        OR: [
          { title: { contains: word, mode: "insensitive" as const } },
          { description: { contains: word, mode: "insensitive" as const } },
          { company: { nameZh: { contains: word, mode: "insensitive" as const } } },
          { company: { nameEn: { contains: word, mode: "insensitive" as const } } },
        ],
      })),
      ...filterConditions(query.filters, networkCompanyIds),
    ],
  };
  const rows = await db.job.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * query.limit,
    take: query.limit + 1,
    select: { id: true },
  });
  return {
    hits: rows.slice(0, query.limit) as Record<string, unknown>[],
    total: (page - 1) * query.limit + rows.length,
    nextCursor: rows.length > query.limit ? String(page + 1) : null,
    facets: {} as Record<string, FacetValue[]>,
  };
}

function filterConditions(filters: JobFilters, networkCompanyIds: string[]): Prisma.JobWhereInput[] {
  const conditions: Prisma.JobWhereInput[] = [];
  const { city, workplace, employmentType, seniority, companyId, date, network } = filters;
  if (city?.length)
    conditions.push({ city: { in: city.flatMap(citySpellings), mode: "insensitive" as const } });
  if (workplace?.length) conditions.push({ workplace: { in: workplace as never } });
  if (employmentType?.length) conditions.push({ employmentType: { in: employmentType as never } });
  if (seniority?.length) conditions.push({ seniority: { in: seniority as never } });
  if (companyId?.length) conditions.push({ companyId: { in: companyId } });
  if (network?.length) conditions.push({ companyId: { in: networkCompanyIds } });
  if (date?.length) {
    const span = Math.max(...date.map((value) => DATE_SPANS[value as keyof typeof DATE_SPANS]));
    conditions.push({ publishedAt: { gte: new Date(Date.now() - span) } });
  }
  return conditions;
}
