// PUT /api/v1/companies/:slug/follow — follow the page (its posts come into your feed); DELETE — stop
import { memberRoute } from "@/lib/api/route";
import { followCompany, unfollowCompany } from "@/lib/companies/follows";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await followCompany(viewer, { slug: params.slug });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await unfollowCompany(viewer, { slug: params.slug });
  return null;
});
