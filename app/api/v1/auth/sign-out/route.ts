// POST /api/v1/auth/sign-out — end this session
import { cookies } from "next/headers";
import { publicRoute } from "@/lib/api/route";
import { sessionCookie } from "@/lib/core/session-cookie";
import { signOut } from "@/lib/auth/sign-out";

export const POST = publicRoute(async ({ viewer }) => {
  await signOut(viewer);
  (await cookies()).delete(sessionCookie().name);
  return null;
});
