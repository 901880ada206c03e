// GET /api/v1/companies/:slug — a company page; PATCH — change any of its fields (page and content admins)
import { memberRoute, publicRoute } from "@/lib/api/route";
import { getCompany } from "@/lib/companies/get-company";
import { updateCompany } from "@/lib/companies/save-company";

export const GET = publicRoute(async ({ viewer, params }) => getCompany(viewer, { slug: params.slug }));

export const PATCH = memberRoute(async ({ viewer, params, json }) => {
  const { slug } = await updateCompany(viewer, { slug: params.slug }, await json());
  return getCompany(viewer, { slug });
});
