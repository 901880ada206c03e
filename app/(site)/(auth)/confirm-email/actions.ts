"use server";
import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/lib/api/form-action";
import { confirmEmailChange } from "@/lib/auth/change-email";
import type { FormState } from "@/lib/forms/form-state";

export async function confirmEmailChangeAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ values }) => {
    const { email } = await confirmEmailChange({ token: values.token ?? "" });
    return { message: (await getTranslations("settings"))("emailChanged", { email }) };
  });
}
