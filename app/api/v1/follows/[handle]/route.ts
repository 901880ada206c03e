// PUT /api/v1/follows/:handle — follow this member's posts; DELETE — stop following
import { memberRoute } from "@/lib/api/route";
import { followMember, unfollowMember } from "@/lib/network/follows";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await followMember(viewer, { handle: params.handle });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await unfollowMember(viewer, { handle: params.handle });
  return null;
});
