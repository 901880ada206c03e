import { Prisma } from "@/generated/prisma/client";
import type { JobStatus } from "@/generated/prisma/enums";
import { allOf, column, sqlOf, whereOf, type Rule } from "@/lib/core/rules";

/** What a job's being open depends on. */
export type JobStanding = { status: JobStatus; expiresAt: Date };

/** Whether a job is open depends on no viewer but on the moment asked: the rule's "viewer" is that moment. */
type JobRule = Rule<JobStanding, Date, Prisma.JobWhereInput>;

const published: JobRule = () => ({
  holds: (job) => job.status === "open",
  where: () => ({ status: "open" }),
  sql: (alias) => Prisma.sql`${column(alias, "status")} = 'open'`,
  meili: () => true, // the jobs index holds open jobs only
});

const notExpired: JobRule = (now) => ({
  holds: (job) => job.expiresAt > now,
  where: () => ({ expiresAt: { gt: now } }),
  sql: (alias) => Prisma.sql`${column(alias, "expiresAt")} > ${now}`,
  // documents leave the index when the job closes at its date (lib/jobs/set-job-status.ts, daily), and
  // hits are checked again in PostgreSQL, so the index has no date field to filter on
  meili: () => true,
});

/** An open job: published, not paused or closed, and not past its date. Everyone sees it; it takes applications. */
export const OPEN_JOBS: JobRule = allOf(published, notExpired);

export const isOpenJob = (job: JobStanding, now = new Date()) => OPEN_JOBS(now).holds(job);

export const openJobsWhere = (now = new Date()) => whereOf(OPEN_JOBS(now), { id: { in: [] } });

export const openJobsSql = (alias: string, now = new Date()) => sqlOf(OPEN_JOBS(now), alias);
