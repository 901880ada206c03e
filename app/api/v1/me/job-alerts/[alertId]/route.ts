// DELETE /api/v1/me/job-alerts/:alertId — stop a job alert
import { memberRoute } from "@/lib/api/route";
import { deleteJobAlert } from "@/lib/discovery/job-alerts";

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await deleteJobAlert(viewer, { alertId: params.alertId });
  return null;
});
