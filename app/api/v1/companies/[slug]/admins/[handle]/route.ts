// PUT /api/v1/companies/:slug/admins/:handle {role} — change an admin's role, or offer one to a member (they
// accept it; super admins); DELETE — take it away or withdraw the offer (super admins; any admin can leave),
// never from the last super admin
import { memberRoute } from "@/lib/api/route";
import { listAdmins, removeAdmin, setAdmin } from "@/lib/companies/admins";

export const PUT = memberRoute(async ({ viewer, params, json }) => {
  const ref = { slug: params.slug };
  const outcome = await setAdmin(viewer, ref, { ...(await json()), handle: params.handle });
  if (outcome === "invited") return Response.json({ status: "invited" }, { status: 202 });
  return { items: await listAdmins(viewer, ref) };
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await removeAdmin(viewer, { slug: params.slug }, { handle: params.handle });
  return null;
});
