// GET /api/v1/search?q=&type=all|people|companies|posts&filters={"city":["杭州"]}&sort=&cursor=&limit= —
// people, companies and posts as the caller may see them, with facets and the processing time
import { publicRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { searchEverything } from "@/lib/discovery/search";

export const GET = publicRoute(async ({ viewer, query }) => {
  const { filters, ...rest } = query;
  return searchEverything(viewer, {
    ...rest,
    filters: filters === undefined ? undefined : parseFilters(filters),
  });
});

function parseFilters(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("validation", "validation", { fields: { filters: "search.unknownFilter" } });
  }
}
