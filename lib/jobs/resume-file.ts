import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { applicationById } from "./find-application";

/** An application's résumé, for its applicant and the company's hiring team only. */
export async function getResume(viewer: Pick<Viewer, "id"> | null, ref: unknown) {
  const application = await applicationById(viewer, ref);
  const file = application.resumeKey ? await fileStorage().get(application.resumeKey) : null;
  if (!file) throw new AppError("not_found", "jobs.resumeNotFound");
  return { body: file.body, name: application.resumeName ?? "resume.pdf" };
}
