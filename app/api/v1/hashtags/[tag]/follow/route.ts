// PUT /api/v1/hashtags/:tag/follow — its posts come into your feed; DELETE — stop following
import { memberRoute } from "@/lib/api/route";
import { followHashtag, unfollowHashtag } from "@/lib/feed/hashtags";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await followHashtag(viewer, { tag: params.tag });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await unfollowHashtag(viewer, { tag: params.tag });
  return null;
});
