// GET /api/v1/companies/:slug/posts?cursor=&limit= — what the page published, newest first
import { publicRoute } from "@/lib/api/route";
import { listCompanyPosts } from "@/lib/feed/company-posts";

export const GET = publicRoute(async ({ viewer, params, query }) =>
  listCompanyPosts(viewer, { slug: params.slug }, query),
);
