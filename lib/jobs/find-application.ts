import "server-only";
import type { CompanyRoleName } from "@/lib/companies/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isHiringTeam } from "./policy";
import { ApplicationRefSchema } from "./schemas";
import type { Who } from "@/lib/core/who";

/**
 * An application with the viewer's standing on it: its applicant, or on the hiring team of the job's company.
 * Anyone else gets "not found" (that an application exists is itself private).
 */
export async function applicationById(viewer: Who, ref: unknown) {
  const { applicationId } = parseInput(ApplicationRefSchema, ref);
  if (!viewer) throw new AppError("unauthenticated");
  const application = await db.jobApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      applicantId: true,
      stage: true,
      resumeKey: true,
      resumeName: true,
      job: {
        select: {
          id: true,
          companyId: true,
          title: true,
          company: {
            select: { slug: true, admins: { where: { userId: viewer.id }, select: { role: true } } },
          },
        },
      },
    },
  });
  const role = (application?.job.company.admins[0]?.role ?? null) as CompanyRoleName | null;
  const isApplicant = application?.applicantId === viewer.id;
  const isTeam = isHiringTeam(role);
  if (!application || (!isApplicant && !isTeam)) throw new AppError("not_found", "jobs.applicationNotFound");
  return { ...application, isApplicant, isHiringTeam: isTeam };
}

/** The application, when the viewer is on the hiring team of its job's company. */
export async function applicationForTeam(viewer: Who, ref: unknown) {
  const application = await applicationById(viewer, ref);
  if (!application.isHiringTeam) throw new AppError("not_found", "jobs.applicationNotFound");
  return application;
}
