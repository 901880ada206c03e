// GET /api/v1/recruiter/candidates?q=<boolean query>&city=&experience=&degree=&openToWork=&page= — candidate
// search (recruiters: a page role with the searchCandidates right)
import { memberRoute } from "@/lib/api/route";
import { candidateSearchInputOf, candidateSearchStateOf } from "@/lib/recruiter/candidate-search-url";
import { searchCandidates } from "@/lib/recruiter/search-candidates";

export const GET = memberRoute(async ({ viewer, request }) => {
  const params: Record<string, string[]> = {};
  for (const [key, value] of request.nextUrl.searchParams) (params[key] ??= []).push(value);
  return searchCandidates(viewer, candidateSearchInputOf(candidateSearchStateOf(params)));
});
