// GET /api/v1/applications/:applicationId/resume — the résumé PDF (its applicant and the hiring team only)
import { memberRoute } from "@/lib/api/route";
import { getResume } from "@/lib/jobs/resume-file";

export const GET = memberRoute(async ({ viewer, params }) => {
  const { body, name } = await getResume(viewer, { applicationId: params.applicationId });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(body.length),
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
