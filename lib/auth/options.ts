import "server-only";
import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/env";
import { endSession } from "./sessions";
import { isSecureCookies, SESSION_MAX_AGE_SECONDS } from "@/lib/core/session-cookie";

/**
 * next-auth keeps the session: a JWT cookie that names a Session row (see sessions.ts). Members sign in
 * through our own use case (lib/auth/sign-in.ts: validated, throttled, localized) which mints the same
 * cookie; OAuth providers can be added here later.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    useSecureCookies: isSecureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    providers: [],
    pages: { signIn: "/sign-in", error: "/sign-in" },
    callbacks: {
      session: ({ session, token }) => ({ ...session, sid: token.sid, userId: token.sub }),
    },
    events: {
      signOut: async ({ token }) => {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
