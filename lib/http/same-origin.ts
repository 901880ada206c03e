/** No Origin (not a browser's cross-site request), or the host the request was sent to. */
export function isSameOrigin(request: { headers: Headers; nextUrl: { host: string } }): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = URL.canParse(origin) ? new URL(origin).host : null;
  return host === request.headers.get("host") || host === request.nextUrl.host;
}
