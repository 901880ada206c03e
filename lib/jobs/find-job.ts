import "server-only";
import { assertCompanyRight, type CompanyRight } from "@/lib/companies/policy";
import type { CompanyRoleName } from "@/lib/companies/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { canSeeJob } from "./policy";
import { JobRefSchema, type JobStatusName } from "./schemas";
import type { Who } from "@/lib/core/who";

/** A job the viewer may see, with the viewer's role on its company; "not found" for a draft they may not see. */
export async function jobById(viewer: Who, ref: unknown) {
  const { jobId } = parseInput(JobRefSchema, ref);
  const job = await db.job.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      companyId: true,
      title: true,
      status: true,
      applyUrl: true,
      expiresAt: true,
      company: {
        select: {
          slug: true,
          timeZone: true,
          admins: viewer ? { where: { userId: viewer.id }, select: { role: true } } : false,
        },
      },
    },
  });
  if (!job) throw new AppError("not_found", "jobs.notFound");
  const { company, ...rest } = job;
  const role = (company.admins?.[0]?.role ?? null) as CompanyRoleName | null;
  if (!canSeeJob(job, role)) throw new AppError("not_found", "jobs.notFound");
  return {
    ...rest,
    status: rest.status as JobStatusName,
    companySlug: company.slug,
    companyTimeZone: company.timeZone,
    role,
  };
}
export type FoundJob = Awaited<ReturnType<typeof jobById>>;

/** The job, when the viewer holds a role with this right on its company. */
export async function jobWithRight(viewer: Who, ref: unknown, right: CompanyRight = "hire") {
  const job = await jobById(viewer, ref);
  assertCompanyRight(viewer, job.role, right);
  return { job, viewer };
}
