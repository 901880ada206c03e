// DELETE /api/v1/connections/:handle — end the connection with this member, for both sides
import { memberRoute } from "@/lib/api/route";
import { removeConnection } from "@/lib/network/connections";

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await removeConnection(viewer, { handle: params.handle });
  return null;
});
