// GET /api/v1/companies/:slug/relations?kind=&status=&cursor=&limit= — the page's people (approved: everyone, as their
// settings allow; pending or declined: the admins who decide); POST {kind, title?, positionId?} — claim a tie
import { memberRoute, publicRoute } from "@/lib/api/route";
import { claimRelation, listRelations } from "@/lib/companies/relations";

export const GET = publicRoute(async ({ viewer, params, query }) =>
  listRelations(viewer, { slug: params.slug }, query),
);

export const POST = memberRoute(async ({ viewer, params, json }) =>
  claimRelation(viewer, { slug: params.slug }, await json()),
);
