// POST /api/v1/companies/:slug/work-email {email} — mail a link to your address at the page's verified domain:
// following it makes you a verified employee
import { memberRoute } from "@/lib/api/route";
import { requestWorkEmailVerification } from "@/lib/companies/verification";

export const POST = memberRoute(async ({ viewer, params, json, context }) => {
  await requestWorkEmailVerification(viewer, { slug: params.slug }, await json(), context.locale);
  return null;
});
