import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { anonymousProfilePath } from "@/lib/profiles/public-profile-cache";

/** Pages for signed-in members: anonymous visitors go to sign-in first (pages check the session row too). */
const MEMBER_PATHS = ["/feed", "/network", "/jobs", "/messages", "/notifications", "/me", "/settings"];
const PROFILE_OR_VCARD = /^\/in\/([^/]+)(\/vcard)?\/?$/;
/** app/(anonymous): reached only through the rewrite below, never by its own URL */
const ANONYMOUS_PAGES = "/anonymous/";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  const isMemberPath = MEMBER_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isMemberPath && !hasSession) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  // one id per request, in the logs of every part that handles it
  const requestId = request.headers.get("x-request-id")?.slice(0, 100) || crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);

  let response: NextResponse;
  const profile = PROFILE_OR_VCARD.exec(pathname);
  if (pathname.startsWith(ANONYMOUS_PAGES)) {
    response = NextResponse.rewrite(new URL("/not-found", request.url)); // app/(site)/[...missing]
  } else if (profile && !hasSession) {
    // anonymous visitors all see the same profile page and vCard: Next.js serves them from its cache
    const locale = pickLocale({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    });
    const cached = new URL(
      `${anonymousProfilePath(locale, profile[1]!)}${profile[2] ?? ""}${search}`,
      request.url,
    );
    response = NextResponse.rewrite(cached, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
