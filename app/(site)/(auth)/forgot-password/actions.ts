"use server";
import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/lib/api/form-action";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { actionContext } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

export async function requestPasswordResetAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ values }) => {
    await requestPasswordReset({ email: values.email ?? "" }, (await actionContext()).locale);
    return { message: (await getTranslations("auth"))("forgotSent"), clear: true };
  });
}
