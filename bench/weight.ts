// npm run bench -- weight [--scale N]: what a visit costs the browser — JavaScript downloaded for a page's
// first load (bytes on the wire and unpacked), and the requests the page makes in the 5 s after it loaded
// (router prefetches of the links it shows). Issue #23 asks for prefetch on intent only and less JavaScript.
import { chromium, type Page } from "@playwright/test";
import { startBenchApp } from "./app.ts";

const ROUTES = [
  { name: "/ (landing, anonymous)", path: "/", member: false },
  { name: "/jobs (anonymous)", path: "/jobs", member: false },
  { name: "/feed", path: "/feed", member: true },
  { name: "/in/wang-fang (profile)", path: "/in/wang-fang", member: true },
  { name: "/company/yunfan-tech", path: "/company/yunfan-tech", member: true },
  { name: "/search?q=产品", path: `/search?q=${encodeURIComponent("产品")}`, member: true },
  { name: "/network", path: "/network", member: true },
  { name: "/welcome", path: "/welcome", member: true },
];
const QUIET_MS = 5_000;

/** From the browser's own resource timing: scripts of the first load, and what was fetched after it. */
async function measure(page: Page, path: string) {
  await page.goto(path, { waitUntil: "load" });
  await page.waitForTimeout(QUIET_MS);
  return page.evaluate(() => {
    const loadEnd = performance.getEntriesByType("navigation")[0]?.toJSON().loadEventEnd ?? 0;
    const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const scripts = entries.filter((e) => e.initiatorType === "script" && e.startTime <= loadEnd);
    const later = entries.filter((e) => e.startTime > loadEnd);
    return {
      scriptWire: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0),
      scriptBytes: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
      afterLoad: later.length,
      prefetches: later.filter((e) => /[?&]_rsc=/.test(e.name)).length,
    };
  });
}

export async function benchWeight({ scale = 1_000 }: { scale?: number }) {
  const app = await startBenchApp(scale);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const context = await browser.newContext({
      baseURL: app.baseUrl,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(5)} KB`;
    console.log(
      `route                          JS wire    JS unpacked   requests in ${QUIET_MS / 1000} s after load (prefetches)`,
    );
    for (const member of [false, true]) {
      if (member) {
        const signedIn = await context.request.post("/api/v1/auth/sign-in", {
          data: { email: "zhang.congcong@renmai.example", password: "renmai-demo-2026" },
        });
        if (!signedIn.ok()) throw new Error(`demo sign-in failed: ${signedIn.status()}`);
      }
      for (const route of ROUTES.filter((r) => r.member === member)) {
        await measure(page, route.path); // warm: rendered once server-side
        // a fresh context shares no browser cache with the others (the session cookie is copied)
        const cold = await browser.newContext({
          baseURL: app.baseUrl,
          viewport: { width: 1280, height: 800 },
          storageState: await context.storageState(),
        });
        const figures = await measure(await cold.newPage(), route.path);
        await cold.close();
        console.log(
          `${route.name.padEnd(30)} ${kb(figures.scriptWire)}  ${kb(figures.scriptBytes)}     ${String(figures.afterLoad).padStart(3)} (${figures.prefetches})`,
        );
      }
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}
