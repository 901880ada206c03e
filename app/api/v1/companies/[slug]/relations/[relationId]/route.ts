// PATCH /api/v1/companies/:slug/relations/:id {status: approved|declined} — decide a claim (page and content
// admins); DELETE — end your own tie
import { memberRoute } from "@/lib/api/route";
import { decideRelation, withdrawRelation } from "@/lib/companies/relations";

export const PATCH = memberRoute(async ({ viewer, params, json }) => {
  await decideRelation(viewer, { slug: params.slug }, { relationId: params.relationId }, await json());
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await withdrawRelation(viewer, { slug: params.slug }, { relationId: params.relationId });
  return null;
});
