import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sessionCookie } from "./session-cookie";

export type Viewer = {
  id: string;
  sessionId: string;
  email: string;
  name: string;
  /** their profile's handle (every member has one from sign-up on) */
  handle: string | null;
  locale: string | null;
  /** the zone they chose (or their browser said at sign-up); null: their browser's, then the site's */
  timeZone: string | null;
  isEmailVerified: boolean;
};

const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/**
 * The member a session cookie's value stands for, or null: the JWT must decrypt with our secret and not be
 * expired, and the Session row it names must still exist (revoked or signed out means signed out).
 */
export async function viewerFromSessionToken(token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const claims = await decode({ token, secret: env().AUTH_SECRET }).catch(() => null);
  if (typeof claims?.sid !== "string") return null;
  // one round trip (proxy.ts asks on every profile view): the session, its member and their handle
  const [row] = await db.$queryRaw<(Viewer & { lastSeenAt: Date })[]>`
    SELECT s.id AS "sessionId", s."lastSeenAt", u.id, u.email, u.name, u.locale, u."timeZone",
           u."emailVerified" IS NOT NULL AS "isEmailVerified", p.handle
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Profile" p ON p."userId" = u.id
    WHERE s.id = ${claims.sid} AND s.expires > now()`;
  if (!row) return null;
  const { lastSeenAt, ...viewer } = row;
  if (Date.now() - lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session
      .update({ where: { id: row.sessionId }, data: { lastSeenAt: new Date() } })
      .catch(() => {});
  }
  return viewer;
}

/** The signed-in member for this request, or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // reading the cookies also tells Next.js that every page showing the viewer is rendered per request
  const cookieStore = await cookies();
  return viewerFromSessionToken(cookieStore.get(sessionCookie().name)?.value);
});

/** The signed-in member, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireViewer(returnTo = "/feed"): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
