/** An address on this machine (127.0.0.0/8 or ::1), as lib/http/client-address.ts writes it. */
export const isLoopbackAddress = (ip: string) => /^127\.\d+\.\d+\.\d+$/.test(ip) || ip === "::1";

/** A URL that only this machine can reach (localhost, 127.x, [::1]). */
export function isLoopbackUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host.endsWith(".localhost") || isLoopbackAddress(host);
}
