// GET /api/v1/jobs/:jobId/applications — the pipeline board: applicants by stage (hiring team);
// POST {applicationIds, message?} — decline these applicants at once
import { memberRoute } from "@/lib/api/route";
import { getPipeline, rejectApplications } from "@/lib/jobs/pipeline";

export const GET = memberRoute(async ({ viewer, params }) => getPipeline(viewer, { jobId: params.jobId }));

export const POST = memberRoute(async ({ viewer, params, json }) =>
  rejectApplications(viewer, { jobId: params.jobId }, await json()),
);
