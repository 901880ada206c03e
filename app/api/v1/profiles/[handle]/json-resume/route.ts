// GET /api/v1/profiles/:handle/json-resume — your own profile as a JSON Resume file (owner only)
import { memberRoute } from "@/lib/api/route";
import { exportJsonResume } from "@/lib/profiles/portability/export-json-resume";
import { resolveHandle } from "@/lib/profiles/profile-owner";

export const GET = memberRoute(async ({ viewer, params }) => {
  const handle = await resolveHandle(viewer, String(params.handle));
  const resume = await exportJsonResume(viewer, handle);
  return Response.json(resume, {
    headers: {
      "Content-Disposition": `attachment; filename="resume.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});
