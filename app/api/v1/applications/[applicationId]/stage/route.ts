// PUT /api/v1/applications/:applicationId/stage {stage} — move it in the pipeline (hiring team)
import { memberRoute } from "@/lib/api/route";
import { moveApplication } from "@/lib/jobs/pipeline";

export const PUT = memberRoute(async ({ viewer, params, json }) =>
  moveApplication(viewer, { applicationId: params.applicationId }, await json()),
);
