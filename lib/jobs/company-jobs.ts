import "server-only";
import { decodeCursor, toPage, type Page } from "@/lib/api/pagination";
import { companyBySlug } from "@/lib/companies/find-company";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { z } from "zod";
import { JOB_CARD_SELECT, toJobCard, type JobCard } from "./job-card";
import { isHiringTeam } from "./policy";
import { CompanyJobsQuerySchema } from "./schemas";
import type { Who } from "@/lib/core/who";
import { openJobsWhere } from "./job-visibility";

const CompanyJobsCursor = z.object({ at: z.iso.datetime(), id: z.string() });

/**
 * A company's jobs, newest first. Everyone sees the open ones; the hiring team also sees drafts, paused and
 * closed jobs (and may ask for one status).
 */
export async function listCompanyJobs(viewer: Who, ref: unknown, input: unknown): Promise<Page<JobCard>> {
  const company = await companyBySlug(viewer, ref);
  const { status, cursor, limit } = parseInput(CompanyJobsQuerySchema, input);
  const isTeam = isHiringTeam(company.role);
  if (status && status !== "open" && !isTeam) throw new AppError("forbidden", "company.notAllowed");
  const after = decodeCursor(cursor, CompanyJobsCursor);
  const rows = await db.job.findMany({
    where: {
      companyId: company.id,
      // the public list is the open jobs; the hiring team may ask for any status (open: as the public sees it)
      ...(status === "open" || (!status && !isTeam) ? openJobsWhere() : status ? { status } : {}),
      ...(after && {
        OR: [
          { createdAt: { lt: new Date(after.at) } },
          { createdAt: new Date(after.at), id: { lt: after.id } },
        ],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { ...JOB_CARD_SELECT, createdAt: true },
  });
  return toPage(
    rows.map((row) => ({ ...toJobCard(row), createdAt: row.createdAt.toISOString() })),
    limit,
    (last) => ({ at: last.createdAt, id: last.id }),
  );
}
