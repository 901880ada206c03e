// POST /api/v1/companies/:slug/projects {name, description?} — start a talent project (hiring team)
import { memberRoute } from "@/lib/api/route";
import { createProject } from "@/lib/recruiter/create-project";

export const POST = memberRoute(async ({ viewer, params, json }) =>
  createProject(viewer, { slug: params.slug }, await json()),
);
