// POST /api/v1/recruiter/projects/:projectId/candidates {handle, applicationId?, note?} — add a candidate
import { memberRoute } from "@/lib/api/route";
import { addCandidate } from "@/lib/recruiter/add-candidate";

export const POST = memberRoute(async ({ viewer, params, json }) => {
  await addCandidate(viewer, { projectId: params.projectId }, await json());
  return null;
});
