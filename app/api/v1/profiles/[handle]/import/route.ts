// POST /api/v1/profiles/:handle/import[?dryRun=true] — merge a JSON Resume or LinkedIn export (multipart "file")
import { memberRoute } from "@/lib/api/route";
import { applyImport, previewImport } from "@/lib/profiles/portability/import-profile";
import { readImport } from "@/lib/profiles/portability/read-import";
import { resolveHandle } from "@/lib/profiles/profile-owner";

export const POST = memberRoute(
  async ({ viewer, params, query, formData }) => {
    const handle = await resolveHandle(viewer, String(params.handle));
    const data = await readImport((await formData()).getAll("file"));
    return query.dryRun === "true" ? previewImport(viewer, handle, data) : applyImport(viewer, handle, data);
  },
  { body: "multipart" },
);
