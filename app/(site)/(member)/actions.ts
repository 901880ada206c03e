"use server";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { runFormAction } from "@/lib/api/form-action";
import { resendVerificationEmail } from "@/lib/auth/resend-verification-email";
import { setPreferredLocale } from "@/lib/auth/set-preferred-locale";
import { signOutEverywhere } from "@/lib/auth/sign-out";
import { sessionCookie } from "@/lib/core/session-cookie";
import { actionContext } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

export async function resendVerificationAction() {
  return runFormAction(undefined, async ({ viewer }) => {
    await resendVerificationEmail(viewer, (await actionContext()).locale);
    return { message: (await getTranslations("auth"))("verifyResent") };
  });
}

export async function signOutEverywhereAction() {
  await runFormAction(undefined, async ({ viewer }) => {
    await signOutEverywhere(viewer);
    (await cookies()).delete(sessionCookie().name);
    return { redirect: "/?signedOut=1" };
  });
}

export async function saveLanguageAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    const locale = await setPreferredLocale(viewer, { locale: values.locale });
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
    return { message: (await getTranslations({ locale, namespace: "settings" }))("languageSaved") };
  });
}
