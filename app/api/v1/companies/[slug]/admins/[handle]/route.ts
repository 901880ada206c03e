// PUT /api/v1/companies/:slug/admins/:handle {role} — give a member a role or change it (super admins);
// DELETE — take it away (super admins; any admin can leave), never from the last super admin
import { memberRoute } from "@/lib/api/route";
import { listAdmins, removeAdmin, setAdmin } from "@/lib/companies/admins";

export const PUT = memberRoute(async ({ viewer, params, json }) => {
  const ref = { slug: params.slug };
  await setAdmin(viewer, ref, { ...(await json()), handle: params.handle });
  return { items: await listAdmins(viewer, ref) };
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await removeAdmin(viewer, { slug: params.slug }, { handle: params.handle });
  return null;
});
