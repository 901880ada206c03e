// GET /api/v1/me/sessions — signed-in devices; DELETE — sign out of all devices
import { cookies } from "next/headers";
import { memberRoute } from "@/lib/api/route";
import { listSessions } from "@/lib/auth/list-sessions";
import { sessionCookie } from "@/lib/core/session-cookie";
import { signOutEverywhere } from "@/lib/auth/sign-out";

export const GET = memberRoute(({ viewer, query }) => listSessions(viewer, query));

export const DELETE = memberRoute(async ({ viewer }) => {
  const result = await signOutEverywhere(viewer);
  (await cookies()).delete(sessionCookie().name);
  return result;
});
