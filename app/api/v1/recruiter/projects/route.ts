// GET /api/v1/recruiter/projects — the talent projects of every company you hire for
import { memberRoute } from "@/lib/api/route";
import { listProjects } from "@/lib/recruiter/list-projects";

export const GET = memberRoute(async ({ viewer }) => ({ items: await listProjects(viewer) }));
