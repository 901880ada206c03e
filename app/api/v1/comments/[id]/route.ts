// PATCH /api/v1/comments/:id — edit your comment {text}; DELETE — delete it (the post's author may too)
import { memberRoute } from "@/lib/api/route";
import { deleteComment } from "@/lib/feed/delete-comment";
import { editComment } from "@/lib/feed/edit-comment";

export const PATCH = memberRoute(async ({ viewer, params, json }) => {
  await editComment(viewer, { ...(await json()), commentId: params.id });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await deleteComment(viewer, { commentId: params.id });
  return null;
});
