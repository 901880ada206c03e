"use server";
import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/lib/api/form-action";
import type { FormState } from "@/lib/forms/form-state";
import { createJob } from "@/lib/jobs/save-job";
import { STAGES } from "@/lib/jobs/schemas";
import { renameStage } from "@/lib/jobs/stage-names";

/** Posts a job from the form (published or as a draft, by the button pressed) and opens its page. */
export async function createJobAction(slug: string, _state: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    const { id } = await createJob(viewer, { slug }, values);
    return { redirect: `/jobs/${id}` };
  });
}

/** Renames the company's pipeline stages (an empty name gives the standard one back). */
export async function renameStagesAction(slug: string, _state: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    for (const stage of STAGES) await renameStage(viewer, { slug }, { stage, name: values[stage] ?? "" });
    return { message: (await getTranslations("jobs.board"))("renamed"), revalidate: `/company/${slug}/jobs` };
  });
}
