// DELETE /api/v1/invitations/:id — the sender withdraws their invitation
import { memberRoute } from "@/lib/api/route";
import { withdrawInvitation } from "@/lib/network/invitations";

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await withdrawInvitation(viewer, { invitationId: params.id });
  return null;
});
