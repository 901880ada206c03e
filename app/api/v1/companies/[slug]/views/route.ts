// POST /api/v1/companies/:slug/views — count a visit to the page (the page's own beacon; once a day per visitor)
import { publicRoute } from "@/lib/api/route";
import { recordCompanyView } from "@/lib/companies/page-views";

export const POST = publicRoute(async ({ viewer, params, context }) => {
  await recordCompanyView(viewer, { slug: params.slug }, context);
  return null;
});
