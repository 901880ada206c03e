// POST /api/v1/me/company-invitations/:invitationId/accept — take a page role offered to you
import { memberRoute } from "@/lib/api/route";
import { acceptRoleOffer } from "@/lib/companies/admin-invitations";

export const POST = memberRoute(async ({ viewer, params }) => {
  await acceptRoleOffer(viewer, { invitationId: params.invitationId });
  return null;
});
