// The web process (started by the launcher; `npm run web` on its own): Next.js behind a Node HTTP server of our
// own, which sets the client's address from the socket — and from X-Forwarded-For only through the proxies
// TRUST_PROXY names — before Next.js sees the request (it keeps a client-sent X-Forwarded-For as it is).
// Flags: --dev (next dev). Env: PORT (3000), TRUST_PROXY.
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { parseEnv } from "../lib/env.ts";
import { proxyTrust, withClientAddress } from "../lib/http/client-address.ts";
import { cachedRenderNonce, strictTransportSecurity } from "../lib/http/security-headers.ts";
import { isUnreadablePath, refuseUnreadablePath } from "../lib/http/unreadable-path.ts";

parseEnv(process.env); // a bad setting stops the web process here, with every problem named

const { values: flags } = parseArgs({ options: { dev: { type: "boolean" } } });
const port = Number(process.env.PORT ?? 3000);
const trust = proxyTrust(process.env.TRUST_PROXY);

cachedRenderNonce(); // drawn before Next.js loads: its bundles read it from the environment
const dir = path.join(import.meta.dirname, "..");
const app = next({ dev: !!flags.dev, turbopack: !!flags.dev, dir, port });
const handle = app.getRequestHandler();
await app.prepare();

const hsts = strictTransportSecurity(process.env.APP_URL ?? "");

const server = http.createServer(
  withClientAddress(trust, (request, response) => {
    if (hsts) response.setHeader("Strict-Transport-Security", hsts);
    return isUnreadablePath(request.url) ? refuseUnreadablePath(response) : handle(request, response);
  }),
);
if (flags.dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, () => console.log(`[web] listening on port ${port}`));

let isStopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (isStopping) return;
    isStopping = true;
    server.close();
    server.closeIdleConnections();
    void app.close().finally(() => process.exit(0));
  });
}
