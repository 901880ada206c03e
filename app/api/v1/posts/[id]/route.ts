// GET /api/v1/posts/:id — a post as you may see it; PATCH — edit yours {text?, audience?, isCommentingOff?};
// DELETE — delete yours
import { memberRoute, publicRoute } from "@/lib/api/route";
import { deletePost, editPost } from "@/lib/feed/edit-post";
import { getPost } from "@/lib/feed/read-posts";

export const GET = publicRoute(({ viewer, params }) => getPost(viewer, { postId: params.id }));

export const PATCH = memberRoute(async ({ viewer, params, json }) => {
  await editPost(viewer, { ...(await json()), postId: params.id });
  return getPost(viewer, { postId: params.id });
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await deletePost(viewer, { postId: params.id });
  return null;
});
