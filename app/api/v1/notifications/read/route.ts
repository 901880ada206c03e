// POST /api/v1/notifications/read — mark all the caller's notifications as read
import { memberRoute } from "@/lib/api/route";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";

export const POST = memberRoute(async ({ viewer }) => {
  await markNotificationsRead(viewer);
  return null;
});
