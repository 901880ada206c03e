// PUT /api/v1/comments/:id/reaction — react to a comment {type}; DELETE — take it back
import { memberRoute } from "@/lib/api/route";
import { reactToComment, removeCommentReaction } from "@/lib/feed/comment-reactions";

export const PUT = memberRoute(async ({ viewer, params, json }) => {
  await reactToComment(viewer, { ...(await json()), commentId: params.id });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await removeCommentReaction(viewer, { commentId: params.id });
  return null;
});
