// GET /api/v1/me/saved-jobs — the jobs you saved
import { memberRoute } from "@/lib/api/route";
import { listSavedJobs } from "@/lib/jobs/saved-jobs";

export const GET = memberRoute(async ({ viewer, query }) => listSavedJobs(viewer, query));
