// PUT /api/v1/blocks/:handle — block this member (undoes every tie); DELETE — lift the block
import { memberRoute } from "@/lib/api/route";
import { blockMember, unblockMember } from "@/lib/network/blocks";

export const PUT = memberRoute(async ({ viewer, params }) => {
  await blockMember(viewer, { handle: params.handle });
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await unblockMember(viewer, { handle: params.handle });
  return null;
});
