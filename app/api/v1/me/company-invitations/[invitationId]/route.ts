// DELETE /api/v1/me/company-invitations/:invitationId — decline a page role offered to you
import { memberRoute } from "@/lib/api/route";
import { declineRoleOffer } from "@/lib/companies/admin-invitations";

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await declineRoleOffer(viewer, { invitationId: params.invitationId });
  return null;
});
