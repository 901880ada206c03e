// GET /api/v1/hashtags/:tag/posts?cursor=&limit= — posts with this hashtag, newest first
import { publicRoute } from "@/lib/api/route";
import { listHashtagPosts } from "@/lib/feed/hashtags";

export const GET = publicRoute(({ viewer, params, query }) =>
  listHashtagPosts(viewer, { ...query, tag: params.tag }),
);
