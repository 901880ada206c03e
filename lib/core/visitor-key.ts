import { createHash } from "node:crypto";
import { env } from "@/lib/env";

/** A visitor without an account, as a key that can't be turned back into their address: one per day. */
export function visitorKey(ip: string | null, userAgent: string | null, day = new Date()) {
  return createHash("sha256")
    .update(`${env().AUTH_SECRET}|${ip ?? "?"}|${userAgent ?? "?"}|${day.toISOString().slice(0, 10)}`)
    .digest("base64url");
}
