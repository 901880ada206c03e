import "server-only";
import type { JobName, JobPayload } from "@/lib/queue/definitions";

/** Each handler is loaded only when its job runs. Handlers must be idempotent (jobs are retried). */
export const HANDLERS: { [N in JobName]: () => Promise<(payload: JobPayload<N>) => Promise<void>> } = {
  "mail.send": async () => (await import("@/lib/mail/deliver-mail")).deliverMail,
  "network.refresh-suggestions": async () => {
    const { refreshSuggestions } = await import("@/lib/network/suggestions");
    return ({ userId }) => refreshSuggestions(userId);
  },
  "feed.fetch-link-preview": async () => {
    const { fetchLinkPreview } = await import("@/lib/feed/fetch-link-preview");
    return ({ url }) => fetchLinkPreview(url);
  },
  "feed.purge": async () => {
    const { purgeFeedTraces } = await import("@/lib/feed/purge");
    return async () => {
      await purgeFeedTraces();
    };
  },
  "jobs.close-expired": async () => {
    const { closeExpiredJobs } = await import("@/lib/jobs/set-job-status");
    return async () => {
      while ((await closeExpiredJobs()) > 0);
    };
  },
  "jobs.alerts": async () => {
    const { runJobAlerts } = await import("@/lib/discovery/job-alerts");
    return async () => {
      await runJobAlerts();
    };
  },
};
