// PUT /api/v1/people/:handle/skills/:skillId/endorsement — endorse a connection's skill; DELETE — take it back
import { memberRoute } from "@/lib/api/route";
import { endorseSkill, withdrawEndorsement } from "@/lib/network/vouches";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await endorseSkill(viewer, { handle: params.handle, skillId: params.skillId });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await withdrawEndorsement(viewer, { handle: params.handle, skillId: params.skillId });
  return null;
});
