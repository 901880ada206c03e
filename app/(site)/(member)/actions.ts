"use server";
import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { runFormAction } from "@/lib/api/form-action";
import { resendVerificationEmail } from "@/lib/auth/resend-verification-email";
import { setPreferredLocale } from "@/lib/auth/set-preferred-locale";
import { cancelEmailChange, requestEmailChange } from "@/lib/auth/change-email";
import { changePassword } from "@/lib/auth/change-password";
import { setTimeZone } from "@/lib/auth/set-time-zone";
import { signOutEverywhere } from "@/lib/auth/sign-out";
import {
  EMAIL_CATEGORIES,
  NOTIFICATION_CATEGORIES,
  saveNotificationSettings,
} from "@/lib/notifications/settings";
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

export async function changePasswordAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    await changePassword(viewer, values);
    return { message: (await getTranslations("settings"))("passwordChanged"), clear: true };
  });
}

export async function changeEmailAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    const { pendingEmail } = await requestEmailChange(viewer, values, (await actionContext()).locale);
    return {
      message: (await getTranslations("settings"))("emailChangeSent", { email: pendingEmail }),
      clear: true,
      revalidate: "/settings",
    };
  });
}

export async function cancelEmailChangeAction() {
  await runFormAction(undefined, async ({ viewer }) => {
    await cancelEmailChange(viewer);
    return { revalidate: "/settings" };
  });
}

export async function saveTimeZoneAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer, values }) => {
    await setTimeZone(viewer, { timeZone: values.timeZone ?? "" });
    return {
      message: (await getTranslations("settings"))("timeZoneSaved"),
      revalidate: { path: "/", type: "layout" },
    };
  });
}

export async function saveNotificationSettingsAction(_previous: FormState, formData: FormData) {
  return runFormAction(formData, async ({ viewer }) => {
    // a switch is a checkbox: sent when on, absent when off
    const settings = Object.fromEntries(
      NOTIFICATION_CATEGORIES.map((category) => [
        category,
        {
          inApp: formData.has(`${category}.inApp`),
          ...(EMAIL_CATEGORIES.includes(category) && { email: formData.has(`${category}.email`) }),
        },
      ]),
    );
    await saveNotificationSettings(viewer, settings);
    return { message: (await getTranslations("settings"))("notificationsSaved"), revalidate: "/settings" };
  });
}
