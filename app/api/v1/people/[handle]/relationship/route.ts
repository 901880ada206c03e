// GET /api/v1/people/:handle/relationship — degree, connections in common, invitation, following, blocking
import { memberRoute } from "@/lib/api/route";
import { personRelationship } from "@/lib/network/person-relationship";

export const GET = memberRoute(({ viewer, params }) => personRelationship(viewer, { handle: params.handle }));
