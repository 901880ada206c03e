import { getTranslations } from "next-intl/server";
import type { JobStatusName } from "@/lib/jobs/schemas";
import { ApiButton } from "@/components/network/api-button";

const ACTIONS: Record<JobStatusName, { status: "open" | "paused" | "closed"; label: string }[]> = {
  draft: [{ status: "open", label: "publish" }],
  open: [
    { status: "paused", label: "pause" },
    { status: "closed", label: "close" },
  ],
  paused: [
    { status: "open", label: "reopen" },
    { status: "closed", label: "close" },
  ],
  closed: [{ status: "open", label: "reopen" }],
};

/** The hiring team's buttons for a job's state: publish, pause, close, reopen. */
export async function JobStatusActions({ jobId, status }: { jobId: string; status: JobStatusName }) {
  const t = await getTranslations("jobs");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-muted text-xs font-semibold uppercase" data-testid="job-status">
        {t(`status.${status}`)}
      </span>
      {ACTIONS[status].map((action) => (
        <ApiButton
          key={action.status}
          call={{
            method: "put",
            route: "jobs/{jobId}/status",
            path: { jobId },
            body: { status: action.status },
          }}
          variant={action.status === "closed" ? "danger" : "outline"}
          confirm={action.status === "closed" ? t("job.confirmClose") : undefined}
        >
          {t(`job.${action.label}` as never)}
        </ApiButton>
      ))}
    </div>
  );
}
