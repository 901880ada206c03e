// POST /api/v1/profiles/:handle/:section/:id/move — swap an entry with its neighbour ({"direction":"up"|"down"})
import { memberRoute } from "@/lib/api/route";
import { entryKindOfSection, moveEntry } from "@/lib/profiles/entries";
import { resolveHandle } from "@/lib/profiles/profile-owner";

export const POST = memberRoute(async ({ viewer, params, json }) => {
  const kind = entryKindOfSection(String(params.section));
  const handle = await resolveHandle(viewer, String(params.handle));
  await moveEntry(viewer, handle, kind, { ...(await json()), id: params.id });
  return null;
});
