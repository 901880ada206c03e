import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A browser page outside the fixture (its console errors are what these tests look at). */
async function bareBrowserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `198.19.${randomInt(256)}.${randomInt(256)}` },
  });
  return context.newPage();
}

const INJECTED =
  `<script>window.__injectedScript = true</script>` +
  `<img src="/nothing.png" onerror="window.__injectedHandler = true">` +
  `<a id="injected-link" href="javascript:window.__injectedLink = true">x</a>`;

for (const [kind, path] of [
  ["rendered per request", "/sign-in"],
  ["served from the page cache", "/in/zhang-congcong"],
] as const) {
  test(`a page ${kind} runs Next.js's scripts and none that were slipped into it`, async ({ browser }) => {
    const page = await bareBrowserPage(browser);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    // what a stored XSS would look like: markup in the HTML the server sent, under the server's own headers
    await page.route(path, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", `${INJECTED}</body>`);
      await route.fulfill({ response, body: html });
    });
    const response = await page.goto(path);
    const policy = response!.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);

    // Next.js hydrated the page (its scripts carry the nonce)
    await expect(page.locator("html")).toHaveAttribute("class", /light|dark/);
    await page.locator("#injected-link").click();
    expect(
      await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return [w.__injectedScript, w.__injectedHandler, w.__injectedLink];
      }),
    ).toEqual([undefined, undefined, undefined]);
    expect(violations.length).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });
}

test("every per-request page gets a nonce of its own", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const policy = (await request.get("/sign-in")).headers()["content-security-policy"]!;
    nonces.add(/'nonce-([^']+)'/.exec(policy)![1]!);
  }
  expect(nonces.size).toBe(3);
});

test("the dev mailbox is not there for a client on another machine", async ({ page }) => {
  // the fixture's page speaks from another address (X-Forwarded-For through the trusted test proxy)
  const response = await page.goto("/dev/mailbox");
  expect(response!.status()).toBe(404);
});

test("a server action sent from another site is refused with 403, not a server error", async ({
  request,
}) => {
  const response = await request.post("/sign-in", {
    headers: {
      "next-action": "0123456789abcdef",
      origin: "https://evil.example",
      "content-type": "text/plain",
    },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});
