// POST /api/v1/jobs/:jobId/apply — apply: {email, phone?, answers: {questionId: answer}} as JSON, or multipart
// with a "resume" PDF (≤ 10 MB) beside them (answers then as a JSON string)
import { isMultipart, memberRoute } from "@/lib/api/route";
import { applyToJob } from "@/lib/jobs/apply";

export const POST = memberRoute(
  async ({ viewer, params, request, json, formData }) => {
    const ref = { jobId: params.jobId };
    if (!isMultipart(request)) return applyToJob(viewer, ref, await json());
    const { resume, ...fields } = Object.fromEntries((await formData()).entries());
    return applyToJob(viewer, ref, fields, resume);
  },
  { body: "json-or-multipart" },
);
