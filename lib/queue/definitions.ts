import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** Every background job: its name and the payload it accepts. Handlers live in lib/queue/handlers.ts. */
export const JOBS = {
  "mail.send": z.object({
    to: z.email(),
    locale: z.enum(LOCALES),
    template: z.enum([
      "verifyEmail",
      "accountExists",
      "resetPassword",
      "companyDomain",
      "workEmail",
      "jobAlertDigest",
      "confirmEmailChange",
      "emailChanging",
    ]),
    values: z.record(z.string(), z.string()),
  }),
  "network.refresh-suggestions": z.object({ userId: z.string().min(1) }),
  "feed.fetch-link-preview": z.object({ url: z.url({ protocol: /^https?$/ }).max(2000) }),
  "feed.purge": z.object({}),
  "jobs.close-expired": z.object({}),
  "jobs.alerts": z.object({}),
} as const;

/** Jobs the worker runs on a schedule (cron, UTC). */
export const SCHEDULES: Partial<Record<JobName, string>> = {
  "feed.purge": "17 * * * *",
  "jobs.close-expired": "*/10 * * * *",
  // 09:00 in China: the daily digest of new jobs matching each member's alerts
  "jobs.alerts": "0 1 * * *",
};

/**
 * Queues that keep at most one waiting job per singleton key (pg-boss "stately"): asking again before the job
 * runs changes nothing. The others queue every job.
 */
export const STATELY_JOBS: ReadonlySet<JobName> = new Set([
  "network.refresh-suggestions",
  "feed.fetch-link-preview",
  "feed.purge",
  "jobs.close-expired",
  "jobs.alerts",
]);

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]>;
