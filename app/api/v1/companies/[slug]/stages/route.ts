// PUT /api/v1/companies/:slug/stages {stage, name} — rename a pipeline stage ("" gives the standard name back)
import { memberRoute } from "@/lib/api/route";
import { renameStage } from "@/lib/jobs/stage-names";

export const PUT = memberRoute(async ({ viewer, params, json }) => {
  await renameStage(viewer, { slug: params.slug }, await json());
  return null;
});
