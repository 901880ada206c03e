// GET /api/v1/jobs/:jobId/export — the applicants as CSV (hiring team)
import { memberRoute } from "@/lib/api/route";
import { exportApplicantsCsv } from "@/lib/jobs/export-applicants";

export const GET = memberRoute(async ({ viewer, params }) => {
  const { filename, csv } = await exportApplicantsCsv(viewer, { jobId: params.jobId });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
