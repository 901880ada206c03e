// PATCH /api/v1/me/vouches — hide or show an endorsement or recommendation you were given
import { memberRoute } from "@/lib/api/route";
import { setVouchHidden } from "@/lib/profiles/set-vouch-hidden";

export const PATCH = memberRoute(async ({ viewer, json }) => {
  await setVouchHidden(viewer, await json());
  return null;
});
