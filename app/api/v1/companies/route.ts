// POST /api/v1/companies — create a company page (you become its first super admin)
import { memberRoute } from "@/lib/api/route";
import { getCompany } from "@/lib/companies/get-company";
import { createCompany } from "@/lib/companies/save-company";

export const POST = memberRoute(async ({ viewer, json }) => {
  const { slug } = await createCompany(viewer, await json());
  return getCompany(viewer, { slug });
});
