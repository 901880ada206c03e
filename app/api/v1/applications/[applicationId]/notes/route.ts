// POST /api/v1/applications/:applicationId/notes {text} — a note for the hiring team
import { memberRoute } from "@/lib/api/route";
import { addApplicationNote } from "@/lib/jobs/review-application";

export const POST = memberRoute(async ({ viewer, params, json }) =>
  addApplicationNote(viewer, { applicationId: params.applicationId }, await json()),
);
