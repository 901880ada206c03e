"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { startSession } from "@/lib/auth/sessions";
import { signUp } from "@/lib/auth/sign-up";
import { actionContext, formError, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const context = await actionContext();
    const user = await signUp(
      { name: values.name ?? "", email: values.email ?? "", password: values.password ?? "" },
      context,
    );
    const session = await startSession(user.id, context);
    (await cookies()).set(session.name, session.value, session.options);
  } catch (error) {
    return formError(error, values);
  }
  redirect("/feed");
}
