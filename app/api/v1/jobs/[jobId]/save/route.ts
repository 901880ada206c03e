// PUT /api/v1/jobs/:jobId/save — save a job; DELETE — unsave it
import { memberRoute } from "@/lib/api/route";
import { saveJob, unsaveJob } from "@/lib/jobs/saved-jobs";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await saveJob(viewer, { jobId: params.jobId });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await unsaveJob(viewer, { jobId: params.jobId });
  return null;
});
