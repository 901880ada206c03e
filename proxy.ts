import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES, sessionCookie } from "@/lib/core/session-cookie";
import { isSameOrigin } from "@/lib/http/same-origin";
import {
  cachedRenderNonce,
  contentSecurityPolicy,
  NONCE_HEADER,
  newNonce,
} from "@/lib/http/security-headers";
import { viewerFromSessionToken } from "@/lib/core/viewer";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { standingTowardHandle } from "@/lib/network/relationship";
import { cachedCompanyPath, type CachedCompanyTab } from "@/lib/core/cached-company";
import { cachedAudienceFor, cachedProfilePath } from "@/lib/core/cached-profile";

/** Pages for signed-in members: anonymous visitors go to sign-in first (pages check the session row too). */
const MEMBER_PATHS = ["/feed", "/network", "/messages", "/notifications", "/me", "/settings", "/recruiter"];
const PROFILE_OR_VCARD = /^\/in\/([^/]+)(\/vcard)?\/?$/;
/** a company's home and products tab (its other tabs, and /company/new and /company/verify, are rendered per request) */
const CACHED_COMPANY_PAGE = /^\/company\/(?!(?:new|verify)\/?$)([^/]+)(\/products)?\/?$/;
/** app/(cached): reached only through the rewrite below, never by its own URL */
const CACHED_PAGES = "/cached/";
const NO_STANDING = { isConnected: false, isBlocked: false };

export async function proxy(request: NextRequest) {
  // Next.js refuses a server action from another site with a 500; it is a 403
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOrigin(request))
    return new NextResponse("Forbidden: a form on another site can't act on Renmai.", { status: 403 });
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
  // a page rendered for this request: a fresh nonce, which Next.js reads from the request's CSP header
  const nonce = newNonce();
  const pagePolicy = contentSecurityPolicy({ nonce, isDev: process.env.NODE_ENV === "development" });
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", pagePolicy);

  let response: NextResponse;
  const profile = PROFILE_OR_VCARD.exec(pathname);
  const company = CACHED_COMPANY_PAGE.exec(pathname);
  if (pathname.startsWith(CACHED_PAGES)) {
    // app/(site)/[...missing]
    response = NextResponse.rewrite(new URL("/not-found", request.url), { request: { headers } });
  } else if (profile) {
    response = await routeProfile(request, profile[1]!, profile[2] ?? "", headers);
  } else if (company) {
    response = await routeCompany(request, company[1]!, (company[2] ?? "") as CachedCompanyTab, headers);
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("x-request-id", requestId);
  const isCachedRender = response.headers.has("x-middleware-rewrite") && (profile || company);
  response.headers.set("content-security-policy", isCachedRender ? cachedRenderPolicy() : pagePolicy);
  return response;
}

/**
 * A profile page or vCard: visitors and members who only see what all members see get the cached render of
 * their audience (checked here: a made-up cookie must not reach the members' render); its owner, their
 * connections and members blocked either way get it rendered per request.
 */
async function routeProfile(request: NextRequest, handle: string, vcard: string, headers: Headers) {
  const viewer = await viewerFromSessionToken(request.cookies.get(sessionCookie().name)?.value);
  const standing = viewer ? await standingTowardHandle(viewer.id, safeDecode(handle)) : NO_STANDING;
  const audience = cachedAudienceFor(viewer, safeDecode(handle), standing);
  if (!audience) return NextResponse.next({ request: { headers } });
  const locale = pickLocale({
    userLocale: viewer?.locale,
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const cached = new URL(
    `${cachedProfilePath(audience, locale, handle)}${vcard}${request.nextUrl.search}`,
    request.url,
  );
  const response = NextResponse.rewrite(cached, { request: { headers: withCachedRenderNonce(headers) } });
  // what members see must never be kept by a shared cache (a CDN) and handed to someone else, nor what
  // visitors see handed to a member: only this server's cache knows who gets which render
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

/** A company's home or products: one cached render per audience and locale; what differs per member loads in the browser. */
async function routeCompany(request: NextRequest, slug: string, tab: CachedCompanyTab, headers: Headers) {
  const viewer = await viewerFromSessionToken(request.cookies.get(sessionCookie().name)?.value);
  const locale = pickLocale({
    userLocale: viewer?.locale,
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const cached = new URL(cachedCompanyPath(viewer ? "member" : "anonymous", locale, slug, tab), request.url);
  const response = NextResponse.rewrite(cached, { request: { headers: withCachedRenderNonce(headers) } });
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

/** A cached render is shared by many requests: it is made with the process's nonce, not this request's. */
function withCachedRenderNonce(headers: Headers) {
  const shared = new Headers(headers);
  shared.set(NONCE_HEADER, cachedRenderNonce());
  shared.set("content-security-policy", cachedRenderPolicy());
  return shared;
}

const cachedRenderPolicy = () =>
  contentSecurityPolicy({ nonce: cachedRenderNonce(), isDev: process.env.NODE_ENV === "development" });

function safeDecode(text: string) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const config = {
  // not the REST API: it answers JSON without pages' headers, and the proxy would cut a large upload short
  // (its body limit) before lib/api/route.ts could answer 413
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
