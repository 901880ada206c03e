/** A same-site path to go to after sign-in; anything else (other hosts, "//evil", "javascript:") → fallback. */
export function safeRedirectPath(target: unknown, fallback = "/feed"): string {
  if (
    typeof target !== "string" ||
    !target.startsWith("/") ||
    target.startsWith("//") ||
    target.startsWith("/\\")
  )
    return fallback;
  try {
    const url = new URL(target, "http://renmai.invalid");
    return url.host === "renmai.invalid" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
