// PUT /api/v1/posts/:id/save — save for later; DELETE — unsave
import { memberRoute } from "@/lib/api/route";
import { savePost, unsavePost } from "@/lib/feed/saves";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await savePost(viewer, { postId: params.id });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await unsavePost(viewer, { postId: params.id });
  return null;
});
