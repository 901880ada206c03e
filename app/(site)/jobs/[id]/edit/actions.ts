"use server";
import { runFormAction } from "@/lib/api/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { updateJob } from "@/lib/jobs/save-job";

/** Saves the job form's fields (and its questions, while nobody has applied). */
export async function updateJobAction(jobId: string, _state: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    await updateJob(viewer, { jobId }, values);
    return { redirect: `/jobs/${jobId}` };
  });
}
