"use server";
// Actions shared by every page (header): language, sign out.
import { cookies } from "next/headers";
import { runFormAction } from "@/lib/api/form-action";
import { setPreferredLocale } from "@/lib/auth/set-preferred-locale";
import { signOut } from "@/lib/auth/sign-out";
import { sessionCookie } from "@/lib/core/session-cookie";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

/** Any visitor's language (a member's is saved to their account too); an unknown one changes nothing. */
export async function changeLocaleAction(locale: string) {
  return runFormAction(undefined, async ({ viewer }) => {
    const saved = await setPreferredLocale(viewer, { locale });
    (await cookies()).set(LOCALE_COOKIE, saved, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  });
}

export async function signOutAction() {
  return runFormAction(undefined, async ({ viewer }) => {
    await signOut(viewer);
    (await cookies()).delete(sessionCookie().name);
    return { redirect: "/?signedOut=1" };
  });
}
