// GET /api/v1/search/suggest?q= — the typeahead: top people (your network first), companies and hashtags
import { publicRoute } from "@/lib/api/route";
import { suggest } from "@/lib/discovery/suggest";

export const GET = publicRoute(({ viewer, query }) => suggest(viewer, query));
