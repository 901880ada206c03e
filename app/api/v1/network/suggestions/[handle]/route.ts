// DELETE /api/v1/network/suggestions/:handle — "not interested": stop suggesting this member
import { memberRoute } from "@/lib/api/route";
import { dismissSuggestion } from "@/lib/network/suggestions";

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await dismissSuggestion(viewer, { handle: params.handle });
  return null;
});
