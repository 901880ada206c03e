// POST /api/v1/invitations/:id/ignore — the invited member ignores it (the sender is not told)
import { memberRoute } from "@/lib/api/route";
import { ignoreInvitation } from "@/lib/network/invitations";

export const POST = memberRoute(async ({ viewer, params }) => {
  await ignoreInvitation(viewer, { invitationId: params.id });
  return null;
});
