// DELETE /api/v1/recruiter/searches/:searchId — forget a saved search
import { memberRoute } from "@/lib/api/route";
import { deleteSavedSearch } from "@/lib/recruiter/saved-searches";

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await deleteSavedSearch(viewer, { searchId: params.searchId });
  return null;
});
