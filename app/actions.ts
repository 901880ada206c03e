"use server";
// Actions shared by every page (header): language, sign out.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/sign-out";
import { sessionCookie } from "@/lib/core/session-cookie";
import { getViewer } from "@/lib/core/viewer";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setPreferredLocale } from "@/lib/auth/set-preferred-locale";

export async function changeLocaleAction(locale: string) {
  const saved = await setPreferredLocale(await getViewer(), { locale }).catch(() => null);
  if (!saved) return;
  (await cookies()).set(LOCALE_COOKIE, saved, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}

export async function signOutAction() {
  await signOut(await getViewer());
  (await cookies()).delete(sessionCookie().name);
  redirect("/?signedOut=1");
}
