import { hasCompanyRight } from "@/lib/companies/policy";
import type { CompanyRoleName } from "@/lib/companies/schemas";
import type { JobStatusName } from "./schemas";
import { isOpenJob } from "./job-visibility";

type JobState = { status: JobStatusName; applyUrl: string | null; expiresAt: Date };

/** The company's hiring team (admins and recruiters) sees its drafts, applicants, notes and projects. */
export const isHiringTeam = (role: CompanyRoleName | null | undefined) => hasCompanyRight(role, "hire");

/** A draft is the hiring team's alone; an open, paused or closed job has a public page. */
export const canSeeJob = (job: Pick<JobState, "status">, role: CompanyRoleName | null | undefined) =>
  job.status !== "draft" || isHiringTeam(role);

/** Open, not past its date, and taking applications on Renmai (not at the company's own site). */
export const canApplyOnRenmai = (job: JobState, now = new Date()) =>
  isTakingApplications(job, now) && job.applyUrl === null;

export const isTakingApplications = (job: Omit<JobState, "applyUrl">, now = new Date()) =>
  isOpenJob(job, now);
