// PUT /api/v1/jobs/:jobId/status {status: open|paused|closed} — publish, pause, close or reopen (hiring team)
import { memberRoute } from "@/lib/api/route";
import { setJobStatus } from "@/lib/jobs/set-job-status";

export const PUT = memberRoute(async ({ viewer, params, json }) =>
  setJobStatus(viewer, { jobId: params.jobId }, await json()),
);
