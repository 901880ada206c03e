// POST /api/v1/posts/:id/report — report a post to the moderators {reason, details?}
import { memberRoute } from "@/lib/api/route";
import { reportPost } from "@/lib/feed/report-content";

export const POST = memberRoute(async ({ viewer, params, json }) => {
  await reportPost(viewer, { ...(await json()), postId: params.id });
  return null;
});
