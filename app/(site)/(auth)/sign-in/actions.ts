"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/sign-in";
import { actionContext, formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { safeRedirectPath } from "@/lib/safe-redirect";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const session = await signIn(
      { email: values.email ?? "", password: values.password ?? "" },
      await actionContext(),
    );
    (await cookies()).set(session.name, session.value, session.options);
  } catch (error) {
    return formError(error, values);
  }
  redirect(safeRedirectPath(values.callbackUrl));
}
