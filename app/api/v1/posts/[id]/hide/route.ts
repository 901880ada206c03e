// PUT /api/v1/posts/:id/hide — hide from your feed; DELETE — show it again
import { memberRoute } from "@/lib/api/route";
import { hidePost, unhidePost } from "@/lib/feed/saves";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await hidePost(viewer, { postId: params.id });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await unhidePost(viewer, { postId: params.id });
  return null;
});
