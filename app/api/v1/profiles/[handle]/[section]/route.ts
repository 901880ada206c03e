// POST /api/v1/profiles/:handle/:section — add an experience, education, certification or language entry
import { memberRoute } from "@/lib/api/route";
import { addEntry, entryKindOfSection } from "@/lib/profiles/entries";
import { resolveHandle } from "@/lib/profiles/profile-owner";

export const POST = memberRoute(async ({ viewer, params, json }) => {
  const kind = entryKindOfSection(String(params.section));
  const created = await addEntry(
    viewer,
    await resolveHandle(viewer, String(params.handle)),
    kind,
    await json(),
  );
  return Response.json(created, { status: 201 });
});
