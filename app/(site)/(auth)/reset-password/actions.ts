"use server";
import { getTranslations } from "next-intl/server";
import { resetPassword } from "@/lib/auth/reset-password";
import { formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await resetPassword({ token: values.token ?? "", password: values.password ?? "" });
  } catch (error) {
    return formError(error, values);
  }
  return { status: "success", message: (await getTranslations("auth"))("resetDone") };
}
