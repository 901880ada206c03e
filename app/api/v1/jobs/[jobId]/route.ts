// GET /api/v1/jobs/:jobId — a job (drafts for the hiring team only); PATCH — change its fields (hiring team)
import { memberRoute, publicRoute } from "@/lib/api/route";
import { getJob } from "@/lib/jobs/get-job";
import { updateJob } from "@/lib/jobs/save-job";

export const GET = publicRoute(async ({ viewer, params }) => getJob(viewer, { jobId: params.jobId }));

export const PATCH = memberRoute(async ({ viewer, params, json }) =>
  updateJob(viewer, { jobId: params.jobId }, await json()),
);
