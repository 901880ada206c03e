// PUT /api/v1/people/:handle/recommendation — write or rewrite your recommendation of a connection:
// {relationship, body}; DELETE — delete it
import { memberRoute } from "@/lib/api/route";
import { deleteRecommendation, writeRecommendation } from "@/lib/network/vouches";

export const PUT = memberRoute(async ({ viewer, params, json }) => {
  await writeRecommendation(viewer, { ...(await json()), handle: params.handle });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await deleteRecommendation(viewer, { handle: params.handle });
  return null;
});
