// GET /api/v1/companies/:slug/analytics?days=7|30|90 — followers, page views, post impressions and reactions
// day by day, visitors by industry and place (page admins, content admins and analysts)
import { memberRoute } from "@/lib/api/route";
import { companyAnalytics } from "@/lib/companies/analytics";

export const GET = memberRoute(async ({ viewer, params, query }) =>
  companyAnalytics(viewer, { slug: params.slug }, query),
);
