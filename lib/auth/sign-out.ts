import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/core/viewer";

/** Ends this device's session. */
export async function signOut(viewer: Viewer | null) {
  if (viewer) await db.session.deleteMany({ where: { id: viewer.sessionId } });
}

/** Ends every session of the member, this one included ("sign out of all devices"). */
export async function signOutEverywhere(viewer: Viewer | null) {
  if (!viewer) throw new AppError("unauthenticated");
  const { count } = await db.session.deleteMany({ where: { userId: viewer.id } });
  return { endedSessions: count };
}
