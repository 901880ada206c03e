// GET /api/v1/people/:handle/posts?cursor=&limit= — a member's posts you may see, newest first
import { publicRoute } from "@/lib/api/route";
import { listMemberPosts } from "@/lib/feed/read-posts";

export const GET = publicRoute(({ viewer, params, query }) =>
  listMemberPosts(viewer, { ...query, handle: params.handle }),
);
