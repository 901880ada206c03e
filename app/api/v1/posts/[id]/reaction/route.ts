// PUT /api/v1/posts/:id/reaction — react {type} (one reaction per member, changeable); DELETE — take it back
import { memberRoute } from "@/lib/api/route";
import { reactToPost, removeReaction } from "@/lib/feed/reactions";

export const PUT = memberRoute(async ({ viewer, params, json }) => {
  await reactToPost(viewer, { ...(await json()), postId: params.id });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await removeReaction(viewer, { postId: params.id });
  return null;
});
