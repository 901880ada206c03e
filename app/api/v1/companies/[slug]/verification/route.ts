// POST /api/v1/companies/:slug/verification {email} — mail a link to an address at the website's domain:
// following it marks the page verified (page and content admins)
import { memberRoute } from "@/lib/api/route";
import { requestDomainVerification } from "@/lib/companies/verification";

export const POST = memberRoute(async ({ viewer, params, json, context }) => {
  await requestDomainVerification(viewer, { slug: params.slug }, await json(), context.locale);
  return null;
});
