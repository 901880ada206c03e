// GET /api/v1/me/companies — the pages you hold a role on
import { memberRoute } from "@/lib/api/route";
import { listMyCompanies } from "@/lib/companies/find-company";

export const GET = memberRoute(async ({ viewer }) => ({ items: await listMyCompanies(viewer) }));
