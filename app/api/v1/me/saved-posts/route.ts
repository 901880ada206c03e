// GET /api/v1/me/saved-posts?cursor=&limit= — the posts you saved, the latest first
import { memberRoute } from "@/lib/api/route";
import { listSavedPosts } from "@/lib/feed/read-posts";

export const GET = memberRoute(({ viewer, query }) => listSavedPosts(viewer, query));
