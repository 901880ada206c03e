// POST /api/v1/invitations/:id/accept — the invited member accepts: the two are connected
import { memberRoute } from "@/lib/api/route";
import { acceptInvitation } from "@/lib/network/invitations";

export const POST = memberRoute(async ({ viewer, params }) => {
  await acceptInvitation(viewer, { invitationId: params.id });
  return null;
});
