import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { SESSION_COOKIE_NAMES } from "./session-cookie";

export type Viewer = {
  id: string;
  sessionId: string;
  email: string;
  name: string;
  locale: string | null;
  isEmailVerified: boolean;
};

const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** The signed-in member for this request, or null. A revoked or expired Session row means signed out. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Anonymous visitors (no session cookie) cost nothing more; reading the cookies first also tells Next.js
  // that every page showing the viewer is rendered per request.
  const cookieStore = await cookies();
  if (!SESSION_COOKIE_NAMES.some((name) => cookieStore.has(name))) return null;
  const session = (await getServerSession(authOptions()).catch(() => null)) as { sid?: unknown } | null;
  if (typeof session?.sid !== "string") return null;
  const row = await db.session.findUnique({
    where: { id: session.sid },
    select: {
      id: true,
      expires: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, locale: true, emailVerified: true } },
    },
  });
  if (!row || row.expires < new Date()) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.update({ where: { id: row.id }, data: { lastSeenAt: new Date() } }).catch(() => {});
  }
  const { user } = row;
  return {
    id: user.id,
    sessionId: row.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isEmailVerified: user.emailVerified !== null,
  };
});

/** The signed-in member, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireViewer(returnTo = "/feed"): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}
