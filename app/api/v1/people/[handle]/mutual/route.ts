// GET /api/v1/people/:handle/mutual — the connections the caller and this member have in common
import { memberRoute } from "@/lib/api/route";
import { listMutualConnections } from "@/lib/network/person-relationship";

export const GET = memberRoute(({ viewer, params }) =>
  listMutualConnections(viewer, { handle: params.handle }),
);
