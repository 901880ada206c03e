// GET /api/v1/connections?q=&sort=recent|name&cursor=&limit= — the caller's connections
import { memberRoute } from "@/lib/api/route";
import { listConnections } from "@/lib/network/connections";

export const GET = memberRoute(({ viewer, query }) => listConnections(viewer, query));
