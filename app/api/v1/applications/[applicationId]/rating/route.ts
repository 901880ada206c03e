// PUT /api/v1/applications/:applicationId/rating {stars: 1–5} — your rating (hiring team)
import { memberRoute } from "@/lib/api/route";
import { rateApplication } from "@/lib/jobs/review-application";

export const PUT = memberRoute(async ({ viewer, params, json }) =>
  rateApplication(viewer, { applicationId: params.applicationId }, await json()),
);
