"use server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/core/viewer";
import { formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { updateJob } from "@/lib/jobs/save-job";

/** Saves the job form's fields (and its questions, while nobody has applied). */
export async function updateJobAction(
  jobId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  try {
    await updateJob(await getViewer(), { jobId }, values);
  } catch (error) {
    return formError(error, values);
  }
  redirect(`/jobs/${jobId}`);
}
