import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Secure cookies whenever the site is served over https (APP_URL), as next-auth decides it too. */
export function isSecureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

/** next-auth's session cookie: HttpOnly, SameSite=Lax, Secure over https. */
export function sessionCookie() {
  const secure = isSecureCookies();
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS },
  };
}
