// POST /api/v1/companies/verify {token, kind: domain|work} — confirm a page's domain or a work address
import { publicRoute } from "@/lib/api/route";
import { confirmCompanyEmail } from "@/lib/companies/verification";

export const POST = publicRoute(async ({ json }) => {
  const body = await json();
  return confirmCompanyEmail(body, body.kind === "work" ? "work" : "domain");
});
