// GET /api/v1/me/company-invitations — the page roles offered to you
import { memberRoute } from "@/lib/api/route";
import { listMyRoleOffers } from "@/lib/companies/admin-invitations";

export const GET = memberRoute(async ({ viewer }) => ({ items: await listMyRoleOffers(viewer) }));
