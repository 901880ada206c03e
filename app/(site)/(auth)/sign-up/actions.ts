"use server";
import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/lib/api/form-action";
import { signUp } from "@/lib/auth/sign-up";
import { actionContext } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

/** Signs up, then says to check the inbox — the same whether or not the address already had an account. */
export async function signUpAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ values }) => {
    const { email } = await signUp(
      { name: values.name ?? "", email: values.email ?? "", password: values.password ?? "" },
      await actionContext(),
    );
    const t = await getTranslations("auth");
    return { message: t("signUpSent", { email }), state: { values: { email } } };
  });
}
