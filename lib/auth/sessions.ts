import "server-only";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { RequestContext } from "@/lib/http/request-context";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "@/lib/core/session-cookie";

/**
 * Starts a signed-in device: a Session row (so it can be listed and revoked) and the next-auth session cookie
 * (a JWT naming that row) for the caller to set.
 */
export async function startSession(userId: string, context: RequestContext) {
  const session = await db.session.create({
    data: {
      userId,
      sessionToken: randomBytes(32).toString("base64url"),
      expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      ip: context.ip,
      userAgent: context.userAgent?.slice(0, 400),
    },
    select: { id: true },
  });
  const value = await encode({
    token: { sub: userId, sid: session.id },
    secret: env().AUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return { ...sessionCookie(), value, sessionId: session.id, userId };
}

export async function endSession(sessionId: string) {
  await db.session.deleteMany({ where: { id: sessionId } });
}
