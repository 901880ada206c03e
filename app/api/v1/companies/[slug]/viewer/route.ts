// GET /api/v1/companies/:slug/viewer — what differs for you on the page: following, your role, your ties,
// connections who work there
import { publicRoute } from "@/lib/api/route";
import { companyViewerState } from "@/lib/companies/viewer-state";

export const GET = publicRoute(async ({ viewer, params }) =>
  companyViewerState(viewer, { slug: params.slug }),
);
