"use server";
import { runFormAction } from "@/lib/api/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { applyToJob } from "@/lib/jobs/apply";

/** Sends an application: the answers come as answers.<questionId> fields, the résumé as a file. */
export async function applyAction(jobId: string, _state: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    const answers = Object.fromEntries(
      Object.entries(values)
        .filter(([name]) => name.startsWith("answers."))
        .map(([name, value]) => [name.slice("answers.".length), value]),
    );
    await applyToJob(
      viewer,
      { jobId },
      { email: values.email ?? "", phone: values.phone ?? "", answers },
      formData.get("resume"),
    );
    return { redirect: `/me/jobs?applied=${jobId}` };
  });
}
