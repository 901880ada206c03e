"use server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/core/viewer";
import { createCompany } from "@/lib/companies/save-company";
import { formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

/** Creates the page, then opens its admin screen to fill in the rest. */
export async function createCompanyAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let slug: string;
  try {
    ({ slug } = await createCompany(await getViewer(), values));
  } catch (error) {
    return formError(error, values);
  }
  redirect(`/company/${slug}/admin`);
}
