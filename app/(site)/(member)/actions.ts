"use server";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { resendVerificationEmail } from "@/lib/auth/resend-verification-email";
import { sessionCookie } from "@/lib/core/session-cookie";
import { signOutEverywhere } from "@/lib/auth/sign-out";
import { getViewer } from "@/lib/core/viewer";
import { actionContext, formError } from "@/lib/forms/action";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setPreferredLocale } from "@/lib/auth/set-preferred-locale";
import type { FormState } from "@/lib/forms/form-state";

export async function resendVerificationAction(): Promise<FormState> {
  try {
    await resendVerificationEmail(await getViewer(), (await actionContext()).locale);
  } catch (error) {
    return formError(error);
  }
  return { status: "success", message: (await getTranslations("auth"))("verifyResent") };
}

export async function signOutEverywhereAction() {
  await signOutEverywhere(await getViewer());
  (await cookies()).delete(sessionCookie().name);
  redirect("/?signedOut=1");
}

export async function saveLanguageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const locale = await setPreferredLocale(await getViewer(), { locale: formData.get("locale") });
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
    return {
      status: "success",
      message: (await getTranslations({ locale, namespace: "settings" }))("languageSaved"),
    };
  } catch (error) {
    return formError(error);
  }
}
