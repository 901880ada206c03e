"use server";
import { cookies } from "next/headers";
import { runFormAction } from "@/lib/api/form-action";
import { signIn } from "@/lib/auth/sign-in";
import { actionContext } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { safeRedirectPath } from "@/lib/safe-redirect";

export async function signInAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ values }) => {
    const session = await signIn(
      { email: values.email ?? "", password: values.password ?? "" },
      await actionContext(),
    );
    (await cookies()).set(session.name, session.value, session.options);
    return { redirect: safeRedirectPath(values.callbackUrl) };
  });
}
