// PATCH /api/v1/profiles/:handle/:section/:id — replace an entry's fields
// DELETE /api/v1/profiles/:handle/:section/:id — remove an entry
import { memberRoute } from "@/lib/api/route";
import { deleteEntry, entryKindOfSection, updateEntry } from "@/lib/profiles/entries";
import { resolveHandle } from "@/lib/profiles/profile-owner";

export const PATCH = memberRoute(async ({ viewer, params, json }) => {
  const kind = entryKindOfSection(String(params.section));
  const handle = await resolveHandle(viewer, String(params.handle));
  await updateEntry(viewer, handle, kind, params.id, await json());
  return null;
});

export const DELETE = memberRoute(async ({ viewer, params }) => {
  const kind = entryKindOfSection(String(params.section));
  await deleteEntry(viewer, await resolveHandle(viewer, String(params.handle)), kind, params.id);
  return null;
});
