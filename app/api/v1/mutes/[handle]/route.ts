// PUT /api/v1/mutes/:handle — mute a member's posts in your feed (they aren't told); DELETE — unmute
import { memberRoute } from "@/lib/api/route";
import { muteMember, unmuteMember } from "@/lib/feed/mutes";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await muteMember(viewer, { handle: params.handle });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await unmuteMember(viewer, { handle: params.handle });
  return null;
});
