// GET /api/v1/me/applications — your applications and where each stands
import { memberRoute } from "@/lib/api/route";
import { listMyApplications } from "@/lib/jobs/my-applications";

export const GET = memberRoute(async ({ viewer, query }) => listMyApplications(viewer, query));
