// GET /api/v1/blocks — the members the caller blocked
import { memberRoute } from "@/lib/api/route";
import { listBlocked } from "@/lib/network/blocks";

export const GET = memberRoute(async ({ viewer }) => ({ items: await listBlocked(viewer) }));
