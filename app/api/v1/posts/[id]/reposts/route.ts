// POST /api/v1/posts/:id/reposts — share a post with your network {text?}
import { memberRoute } from "@/lib/api/route";
import { repost } from "@/lib/feed/repost";

export const POST = memberRoute(async ({ viewer, params, json }) =>
  repost(viewer, { ...(await json()), postId: params.id }),
);
