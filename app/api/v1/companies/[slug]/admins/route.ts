// GET /api/v1/companies/:slug/admins — the page's admins and their roles (its admins only), and the roles
// offered and not yet accepted (its super admins only)
import { memberRoute } from "@/lib/api/route";
import { listAdmins, listOfferedRoles } from "@/lib/companies/admins";

export const GET = memberRoute(async ({ viewer, params }) => {
  const ref = { slug: params.slug };
  const [items, invitations] = await Promise.all([listAdmins(viewer, ref), listOfferedRoles(viewer, ref)]);
  return { items, ...(invitations && { invitations }) };
});
