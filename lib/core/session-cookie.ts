import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The session cookie's name over http and over https. */
export const SESSION_COOKIE_NAMES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;

/** Secure cookies whenever the site is served over https (APP_URL), as next-auth decides it too. */
export function isSecureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

/** next-auth's session cookie: HttpOnly, SameSite=Lax, Secure over https. */
export function sessionCookie() {
  const secure = isSecureCookies();
  return {
    name: SESSION_COOKIE_NAMES[secure ? 1 : 0],
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS },
  };
}
