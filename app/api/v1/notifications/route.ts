// GET /api/v1/notifications?cursor=&limit= — the caller's notifications, newest first
import { memberRoute } from "@/lib/api/route";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const GET = memberRoute(({ viewer, query }) => listNotifications(viewer, query));
