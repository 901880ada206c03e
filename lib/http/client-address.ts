import type { IncomingMessage, ServerResponse } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * The header our web server (scripts/web-server.ts) sets to the client's address, replacing any copy a client
 * sent. Next.js keeps a client-sent X-Forwarded-For as it is, so nothing else in a request can be trusted for it.
 */
export const CLIENT_ADDRESS_HEADER = "x-renmai-client-address";

/** Whether the hop at `hop` (0 = the socket's peer) is a proxy whose X-Forwarded-For entry we believe. */
export type ProxyTrust = (address: string, hop: number) => boolean;

const OFF = new Set(["", "false", "0", "no", "off"]);

/**
 * TRUST_PROXY: off by default (the socket's peer is the client); `true` or a number N trusts the N nearest
 * proxies; otherwise a comma-separated list of proxy addresses, CIDR ranges or the names `loopback`,
 * `linklocal`, `uniquelocal`. Throws on anything else.
 */
export function proxyTrust(setting: string | undefined): ProxyTrust {
  const value = (setting ?? "").trim().toLowerCase();
  if (OFF.has(value)) return () => false;
  const hops = value === "true" ? 1 : /^\d+$/.test(value) ? Number(value) : null;
  if (hops !== null) return (_address, hop) => hop < hops;
  return proxyaddr.compile(value.split(",").map((entry) => entry.trim()));
}

/**
 * The client's address: the socket's peer, or, through trusted proxies only, the entry of X-Forwarded-For that
 * the farthest trusted proxy saw — never an entry a client could have written.
 */
export function clientAddress(request: IncomingMessage, trust: ProxyTrust): string {
  const address = proxyaddr(request, trust);
  return (address.startsWith("::ffff:") ? address.slice(7) : address).slice(0, 64) || "unknown";
}

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** A Node request handler that sees the client's address in CLIENT_ADDRESS_HEADER, whatever the client sent. */
export function withClientAddress(trust: ProxyTrust, handle: NodeHandler): NodeHandler {
  return (request, response) => {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request, trust);
    return handle(request, response);
  };
}
