import "server-only";
import { db } from "@/lib/db";
import { imageUrls } from "@/lib/media/variants";
import { isBlockedBetween } from "@/lib/core/blocks";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";
import { jobById } from "./find-job";
import { salaryOf } from "./job-card";
import { canApplyOnRenmai, isHiringTeam, isTakingApplications } from "./policy";
import type { StageName } from "./schemas";
import type { Who } from "@/lib/core/who";

/** A job's page: the posting, its company, and where the viewer stands (saved, applied, on the hiring team). */
export async function getJob(viewer: Who, ref: unknown) {
  const found = await jobById(viewer, ref);
  const [job, saved, application] = await Promise.all([
    db.job.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        city: true,
        region: true,
        country: true,
        workplace: true,
        remoteCountries: true,
        employmentType: true,
        seniority: true,
        salaryMin: true,
        salaryMax: true,
        salaryCurrency: true,
        salaryPeriod: true,
        salaryMonths: true,
        education: true,
        requiredSkills: true,
        niceSkills: true,
        applyUrl: true,
        publishedAt: true,
        expiresAt: true,
        closedAt: true,
        applicantCount: true,
        createdAt: true,
        updatedAt: true,
        questions: {
          orderBy: { sortOrder: "asc" },
          select: { id: true, kind: true, prompt: true, isRequired: true },
        },
        postedBy: { select: PERSON_SELECT },
        company: {
          select: {
            id: true,
            slug: true,
            nameZh: true,
            nameEn: true,
            tagline: true,
            industry: true,
            size: true,
            city: true,
            country: true,
            website: true,
            timeZone: true,
            logoKey: true,
            verifiedAt: true,
            followerCount: true,
          },
        },
      },
    }),
    viewer
      ? db.savedJob.findUnique({ where: { userId_jobId: { userId: viewer.id, jobId: found.id } } })
      : null,
    viewer
      ? db.jobApplication.findUnique({
          where: { jobId_applicantId: { jobId: found.id, applicantId: viewer.id } },
          select: { id: true, stage: true, createdAt: true, stageChangedAt: true },
        })
      : null,
  ]);
  const { company, postedBy, salaryMin, salaryMax, salaryCurrency, salaryPeriod, salaryMonths, ...rest } =
    job;
  const { logoKey, verifiedAt, ...companyFields } = company;
  const isTeam = isHiringTeam(found.role);
  return {
    ...rest,
    salary: salaryOf({ salaryMin, salaryMax, salaryCurrency, salaryPeriod, salaryMonths }),
    publishedAt: rest.publishedAt?.toISOString() ?? null,
    expiresAt: rest.expiresAt.toISOString(),
    closedAt: rest.closedAt?.toISOString() ?? null,
    createdAt: rest.createdAt.toISOString(),
    updatedAt: rest.updatedAt.toISOString(),
    // the applicant count is the hiring team's to see
    applicantCount: isTeam ? rest.applicantCount : null,
    // the member who posted it is not shown to someone blocked either way with them
    postedBy:
      postedBy && !(viewer && (await isBlockedBetween(viewer.id, postedBy.id))) ? toPerson(postedBy) : null,
    company: { ...companyFields, logo: imageUrls("logo", logoKey), isVerified: verifiedAt !== null },
    viewer: {
      isSignedIn: !!viewer,
      isHiringTeam: isTeam,
      isSaved: !!saved,
      isTakingApplications: isTakingApplications(job),
      canApply: !!viewer && !application && canApplyOnRenmai(job),
      application: application && {
        id: application.id,
        stage: application.stage as StageName,
        createdAt: application.createdAt.toISOString(),
        stageChangedAt: application.stageChangedAt.toISOString(),
      },
    },
  };
}
export type JobPage = Awaited<ReturnType<typeof getJob>>;
