// GET /api/v1/invitations?box=received|sent&cursor=&limit= — the caller's pending invitations
// POST /api/v1/invitations — invite a member to connect: {handle, note?, email?}
import { memberRoute } from "@/lib/api/route";
import { sendInvitation } from "@/lib/network/invitations";
import { listInvitations } from "@/lib/network/list-invitations";

export const GET = memberRoute(({ viewer, query }) => listInvitations(viewer, query));
export const POST = memberRoute(async ({ viewer, json }) => sendInvitation(viewer, await json()));
