import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

/** What a use case may know about the request it serves. */
export type RequestContext = { ip: string; userAgent: string | null; locale: Locale };

/**
 * The client's address. Next.js appends the socket's address to X-Forwarded-For, so the last entry is the
 * peer; behind a reverse proxy (TRUST_PROXY=true) the first entry is the client the proxy saw.
 */
export function clientIp(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = env().TRUST_PROXY ? forwarded[0] : forwarded.at(-1);
  return (ip ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}

/** A visitor without an account, as a key that can't be turned back into their address: one per day. */
export function visitorKey(ip: string | null, userAgent: string | null, day = new Date()) {
  return createHash("sha256")
    .update(`${env().AUTH_SECRET}|${ip ?? "?"}|${userAgent ?? "?"}|${day.toISOString().slice(0, 10)}`)
    .digest("base64url");
}
