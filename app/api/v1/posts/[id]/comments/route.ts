// GET /api/v1/posts/:id/comments?parentId=&cursor=&limit= — comments (newest first) or one comment's replies;
// POST — comment {text, parentId?}
import { memberRoute, publicRoute } from "@/lib/api/route";
import { addComment } from "@/lib/feed/add-comment";
import { listComments } from "@/lib/feed/list-comments";

export const GET = publicRoute(({ viewer, params, query }) =>
  listComments(viewer, { ...query, postId: params.id }),
);

export const POST = memberRoute(async ({ viewer, params, json }) =>
  addComment(viewer, { ...(await json()), postId: params.id }),
);
