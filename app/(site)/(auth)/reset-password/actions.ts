"use server";
import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/lib/api/form-action";
import { resetPassword } from "@/lib/auth/reset-password";
import type { FormState } from "@/lib/forms/form-state";

export async function resetPasswordAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ values }) => {
    await resetPassword({ token: values.token ?? "", password: values.password ?? "" });
    return { message: (await getTranslations("auth"))("resetDone"), clear: true };
  });
}
