// POST /api/v1/profiles/:handle/views — counts a visit to the profile (sent by the profile page; once a day)
import { publicRoute } from "@/lib/api/route";
import { recordProfileVisit } from "@/lib/profiles/record-profile-view";

export const POST = publicRoute(async ({ viewer, params, context }) => {
  await recordProfileVisit(viewer, { handle: params.handle }, context);
  return null;
});
