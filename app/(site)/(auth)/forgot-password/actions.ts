"use server";
import { getTranslations } from "next-intl/server";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { actionContext, formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

export async function requestPasswordResetAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = formValues(formData);
  try {
    await requestPasswordReset({ email: values.email ?? "" }, (await actionContext()).locale);
  } catch (error) {
    return formError(error, values);
  }
  return { status: "success", message: (await getTranslations("auth"))("forgotSent") };
}
