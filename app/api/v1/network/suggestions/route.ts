// GET /api/v1/network/suggestions?limit= — People You May Know, with why each is suggested
import { memberRoute } from "@/lib/api/route";
import { listSuggestions } from "@/lib/network/suggestions";

export const GET = memberRoute(({ viewer, query }) => listSuggestions(viewer, query));
