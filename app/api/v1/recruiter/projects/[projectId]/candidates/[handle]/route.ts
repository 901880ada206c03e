// PATCH /api/v1/recruiter/projects/:projectId/candidates/:handle {stage?, note?} — move or annotate a candidate;
// DELETE — take them out of the project
import { memberRoute } from "@/lib/api/route";
import { removeCandidate } from "@/lib/recruiter/remove-candidate";
import { updateCandidate } from "@/lib/recruiter/update-candidate";

export const PATCH = memberRoute(async ({ viewer, params, json }) => {
  await updateCandidate(viewer, { projectId: params.projectId }, { handle: params.handle }, await json());
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await removeCandidate(viewer, { projectId: params.projectId }, { handle: params.handle });
  return null;
});
