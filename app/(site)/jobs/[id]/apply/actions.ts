"use server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/core/viewer";
import { formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { applyToJob } from "@/lib/jobs/apply";

/** Sends an application: the answers come as answers.<questionId> fields, the résumé as a file. */
export async function applyAction(jobId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const answers = Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => name.startsWith("answers."))
      .map(([name, value]) => [name.slice("answers.".length), value]),
  );
  try {
    await applyToJob(
      await getViewer(),
      { jobId },
      { email: values.email ?? "", phone: values.phone ?? "", answers },
      formData.get("resume"),
    );
  } catch (error) {
    return formError(error, values);
  }
  redirect(`/me/jobs?applied=${jobId}`);
}
