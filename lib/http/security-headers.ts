/** The request header proxy.ts passes a page's nonce in (layouts read it for scripts of their own). */
export const NONCE_HEADER = "x-nonce";

/**
 * The Content-Security-Policy of every page: only scripts that carry the nonce run (Next.js puts it on its own
 * scripts, reading it from this header on the request), and with 'strict-dynamic' the scripts they load —
 * no injected <script>, no inline handler, no javascript: link. Pages rendered per request get a fresh nonce;
 * pages rendered once and served from the cache get their process's own (proxy.ts).
 */
export function contentSecurityPolicy({ nonce, isDev }: { nonce: string; isDev: boolean }): string {
  const scripts = [`'nonce-${nonce}'`, "'strict-dynamic'"];
  if (isDev) scripts.push("'unsafe-eval'"); // React's dev tools and fast refresh
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React writes style attributes; a style can't run code
    "style-src 'self' 'unsafe-inline'",
    // link previews show pictures from other sites; uploads may come from a bucket or CDN
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    // blob: the picture chosen for framing is read back from the page's own object URL before it goes up
    `connect-src 'self' blob:${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The nonce of pages rendered once and served from this process's cache (a render shared by many requests
 * can't carry one request's). The web server draws it at start, before Next.js loads, so that proxy.ts and the
 * cached layout — separate bundles — agree on it; it goes with the process, as the in-memory cache does.
 */
export function cachedRenderNonce(): string {
  return (process.env.RENMAI_CACHED_RENDER_NONCE ??= newNonce());
}

/** 16 random bytes, base64: unguessable, and new on every request. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** HSTS for an app served over https (browsers ignore it over http, and localhost must stay reachable). */
export function strictTransportSecurity(appUrl: string): string | null {
  return appUrl.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
