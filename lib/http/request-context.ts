import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import type { Locale } from "@/lib/i18n/locales";

/** What a use case may know about the request it serves. */
export type RequestContext = { ip: string; userAgent: string | null; locale: Locale };

/**
 * The client's address, as the web server worked it out from the socket and the proxies TRUST_PROXY names
 * (lib/http/client-address.ts). Without our web server in front every request is "unknown": one shared
 * throttle, never a client-chosen one.
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
