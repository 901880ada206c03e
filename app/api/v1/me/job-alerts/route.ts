// GET /api/v1/me/job-alerts — your job alerts; POST {query, filters} — save a job search as an alert
import { memberRoute } from "@/lib/api/route";
import { createJobAlert, listJobAlerts } from "@/lib/discovery/job-alerts";

export const GET = memberRoute(async ({ viewer }) => ({ items: await listJobAlerts(viewer) }));

export const POST = memberRoute(async ({ viewer, json }) => createJobAlert(viewer, await json()));
