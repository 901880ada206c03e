"use server";
import { runFormAction } from "@/lib/api/form-action";
import { createCompany } from "@/lib/companies/save-company";
import type { FormState } from "@/lib/forms/form-state";

/** Creates the page, then opens its admin screen to fill in the rest. */
export async function createCompanyAction(_state: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    const { slug } = await createCompany(viewer, values);
    return { redirect: `/company/${slug}/admin` };
  });
}
