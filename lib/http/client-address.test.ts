import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomInt } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "@/lib/http/request-context";
import { signIn } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { AppError } from "@/lib/errors";
import { uniqueMember } from "@/prisma/seed/factories";
import { requestContext, STRONG_PASSWORD } from "@/tests/helpers";
import { proxyTrust, withClientAddress } from "./client-address";

// Real HTTP: a server with the web process's address handling in front of the real sign-in use case, asked
// from loopback addresses of the test's own choosing (127.x.y.z), with and without a spoofed X-Forwarded-For.
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

async function serve(trustProxy: string | undefined) {
  const server = http.createServer(
    withClientAddress(proxyTrust(trustProxy), async (request, response) => {
      const headers = new Headers(request.headers as Record<string, string>);
      if (request.url === "/whoami") return response.end(clientIp(headers));
      const body = JSON.parse(await new Response(request as unknown as ReadableStream).text());
      const status = await signIn(body, { ...requestContext(), ip: clientIp(headers) }).then(
        () => 200,
        (error: unknown) => (error instanceof AppError && error.code === "rate_limited" ? 429 : 401),
      );
      response.writeHead(status).end();
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const from = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;

  return (path: string, forwardedFor?: string, body?: object) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port,
          path,
          method: body ? "POST" : "GET",
          localAddress: from,
          headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
        },
        async (response) => {
          let text = "";
          for await (const chunk of response) text += chunk;
          resolve({ status: response.statusCode!, text });
        },
      );
      request.on("error", reject);
      request.end(body ? JSON.stringify(body) : undefined);
    }).then((result) => ({ ...result, from }));
}

describe("the client's address", () => {
  it("is the socket's peer unless TRUST_PROXY is set, whatever X-Forwarded-For says", async () => {
    for (const setting of [undefined, "false", "0"]) {
      const ask = await serve(setting);
      const plain = await ask("/whoami");
      expect(plain.text).toBe(plain.from);
      expect((await ask("/whoami", "203.0.113.9")).text).toBe(plain.from);
      expect((await ask("/whoami", "203.0.113.9, 198.51.100.7")).text).toBe(plain.from);
    }
  });

  it("through N trusted hops is the entry the farthest trusted proxy wrote, never the leftmost", async () => {
    const oneHop = await serve("true");
    expect((await oneHop("/whoami", "203.0.113.9")).text).toBe("203.0.113.9");
    expect((await oneHop("/whoami", "6.6.6.6, 203.0.113.9")).text).toBe("203.0.113.9");
    const noHeader = await oneHop("/whoami");
    expect(noHeader.text).toBe(noHeader.from);

    const twoHops = await serve("2");
    expect((await twoHops("/whoami", "6.6.6.6, 203.0.113.9, 10.0.0.2")).text).toBe("203.0.113.9");
  });

  it("through a list of proxy addresses stops at the first address that is not one", async () => {
    const ask = await serve("loopback, 10.0.0.0/8");
    expect((await ask("/whoami", "6.6.6.6, 203.0.113.9, 10.1.2.3")).text).toBe("203.0.113.9");
    const stranger = await serve("10.0.0.0/8");
    const direct = await stranger("/whoami", "203.0.113.9");
    expect(direct.text).toBe(direct.from);
  });

  it("refuses a TRUST_PROXY it can't read", () => {
    expect(() => proxyTrust("not an address")).toThrow();
  });
});

describe("sign-in throttles over HTTP", () => {
  async function failUntilThrottled(
    ask: Awaited<ReturnType<typeof serve>>,
    forwardedFor: (i: number) => string | undefined,
  ) {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const email = uniqueMember().email;
      statuses.push((await ask("/sign-in", forwardedFor(i), { email, password: "wrong password" })).status);
    }
    return statuses;
  }

  it("without TRUST_PROXY, a spoofed X-Forwarded-For doesn't buy a fresh per-address budget", async () => {
    const ask = await serve(undefined);
    expect(new Set(await failUntilThrottled(ask, (i) => `203.0.113.${i}`))).toEqual(new Set([401]));
    const next = await ask("/sign-in", "203.0.113.77, 198.51.100.7", {
      email: uniqueMember().email,
      password: "wrong password",
    });
    expect(next.status).toBe(429);
  });

  it("behind one trusted proxy, the leftmost entry doesn't buy one either", async () => {
    const ask = await serve("true");
    const client = `198.51.100.${randomInt(1, 255)}`;
    await failUntilThrottled(ask, (i) => `10.9.9.${i}, ${client}`);
    const spoofed = await ask("/sign-in", `198.18.0.1, ${client}`, {
      email: uniqueMember().email,
      password: "wrong password",
    });
    expect(spoofed.status).toBe(429);
    // another client behind the same proxy is not held back by it
    const other = await ask("/sign-in", `203.0.113.${randomInt(1, 255)}`, {
      email: uniqueMember().email,
      password: "wrong password",
    });
    expect(other.status).toBe(401);
  });

  it("lets the owner in from a clean address while their account is attacked", async () => {
    const member = uniqueMember();
    await signUp({ ...member, password: STRONG_PASSWORD }, requestContext());
    const attacker = await serve(undefined);
    for (let i = 0; i < 10; i++)
      await attacker("/sign-in", undefined, { email: member.email, password: `guess ${i}` });
    const attackerWithRightPassword = await attacker("/sign-in", "1.2.3.4", {
      email: member.email,
      password: STRONG_PASSWORD,
    });
    expect(attackerWithRightPassword.status).toBe(429);
    const owner = await serve(undefined);
    expect(
      (await owner("/sign-in", undefined, { email: member.email, password: STRONG_PASSWORD })).status,
    ).toBe(200);
  });
});
