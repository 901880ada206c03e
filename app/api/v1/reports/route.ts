// POST /api/v1/reports — report a member to the moderators: {handle, reason, details?}
import { memberRoute } from "@/lib/api/route";
import { reportMember } from "@/lib/network/reports";

export const POST = memberRoute(async ({ viewer, json }) => {
  await reportMember(viewer, await json());
  return null;
});
