// GET /api/v1/companies/:slug/jobs?status= — the company's jobs (open ones; every state for its hiring team);
// POST — post a job (admins and recruiters)
import { memberRoute, publicRoute } from "@/lib/api/route";
import { listCompanyJobs } from "@/lib/jobs/company-jobs";
import { createJob } from "@/lib/jobs/save-job";

export const GET = publicRoute(async ({ viewer, params, query }) =>
  listCompanyJobs(viewer, { slug: params.slug }, query),
);

export const POST = memberRoute(async ({ viewer, params, json }) =>
  createJob(viewer, { slug: params.slug }, await json()),
);
