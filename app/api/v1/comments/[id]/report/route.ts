// POST /api/v1/comments/:id/report — report a comment to the moderators {reason, details?}
import { memberRoute } from "@/lib/api/route";
import { reportComment } from "@/lib/feed/report-content";

export const POST = memberRoute(async ({ viewer, params, json }) => {
  await reportComment(viewer, { ...(await json()), commentId: params.id });
  return null;
});
