// GET /api/v1/recruiter/searches — your saved candidate searches; POST {name, query, filters} — save one
import { memberRoute } from "@/lib/api/route";
import { listSavedSearches, saveCandidateSearch } from "@/lib/recruiter/saved-searches";

export const GET = memberRoute(async ({ viewer }) => ({ items: await listSavedSearches(viewer) }));

export const POST = memberRoute(async ({ viewer, json }) => saveCandidateSearch(viewer, await json()));
