// GET /api/v1/applications/:applicationId — an application with its answers, notes and ratings (hiring team)
import { memberRoute } from "@/lib/api/route";
import { reviewApplication } from "@/lib/jobs/review-application";

export const GET = memberRoute(async ({ viewer, params }) =>
  reviewApplication(viewer, { applicationId: params.applicationId }),
);
