// GET /api/v1/companies/:slug/admins — the page's admins and their roles (its admins only)
import { memberRoute } from "@/lib/api/route";
import { listAdmins } from "@/lib/companies/admins";

export const GET = memberRoute(async ({ viewer, params }) => ({
  items: await listAdmins(viewer, { slug: params.slug }),
}));
