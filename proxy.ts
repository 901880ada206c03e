import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";

/** Pages for signed-in members: anonymous visitors go to sign-in first (pages check the session row too). */
const MEMBER_PATHS = ["/feed", "/network", "/jobs", "/messages", "/notifications", "/me", "/settings"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isMemberPath = MEMBER_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isMemberPath && !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  // one id per request, in the logs of every part that handles it
  const requestId = request.headers.get("x-request-id")?.slice(0, 100) || crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
