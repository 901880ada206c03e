"use server";
import { getTranslations } from "next-intl/server";
import { signUp } from "@/lib/auth/sign-up";
import { actionContext, formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

/** Signs up, then says to check the inbox — the same whether or not the address already had an account. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const { email } = await signUp(
      { name: values.name ?? "", email: values.email ?? "", password: values.password ?? "" },
      await actionContext(),
    );
    const t = await getTranslations("auth");
    return { status: "success", message: t("signUpSent", { email }), values: { email } };
  } catch (error) {
    return formError(error, values);
  }
}
