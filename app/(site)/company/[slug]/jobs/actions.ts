"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/core/viewer";
import { formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { createJob } from "@/lib/jobs/save-job";
import { STAGES } from "@/lib/jobs/schemas";
import { renameStage } from "@/lib/jobs/stage-names";

/** Posts a job from the form (published or as a draft, by the button pressed) and opens its page. */
export async function createJobAction(
  slug: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  let jobId: string;
  try {
    jobId = (await createJob(await getViewer(), { slug }, values)).id;
  } catch (error) {
    return formError(error, values);
  }
  redirect(`/jobs/${jobId}`);
}

/** Renames the company's pipeline stages (an empty name gives the standard one back). */
export async function renameStagesAction(
  slug: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  try {
    const viewer = await getViewer();
    for (const stage of STAGES) await renameStage(viewer, { slug }, { stage, name: values[stage] ?? "" });
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/company/${slug}/jobs`);
  return { status: "success", message: (await getTranslations("jobs.board"))("renamed"), values };
}
