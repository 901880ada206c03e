// GET /api/v1/jobs?q=&city=&workplace=…&sort=&cursor= — search open jobs with facets
import { publicRoute } from "@/lib/api/route";
import { searchJobs } from "@/lib/discovery/search-jobs";
import { jobSearchInputOf, jobSearchStateOf } from "@/lib/jobs/job-search-url";

export const GET = publicRoute(async ({ viewer, request }) => {
  const params: Record<string, string[]> = {};
  for (const [key, value] of request.nextUrl.searchParams) (params[key] ??= []).push(value);
  return searchJobs(viewer, jobSearchInputOf(jobSearchStateOf(params)));
});
