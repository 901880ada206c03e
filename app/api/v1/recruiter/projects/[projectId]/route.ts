// GET /api/v1/recruiter/projects/:projectId — a project with its candidates and the team's notes (hiring team)
import { memberRoute } from "@/lib/api/route";
import { getProject } from "@/lib/recruiter/get-project";

export const GET = memberRoute(async ({ viewer, params }) =>
  getProject(viewer, { projectId: params.projectId }),
);
