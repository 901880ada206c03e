import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, signUp, test } from "./fixtures";

const PUBLIC_PAGES = [
  "/",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/search?q=Maria",
  "/in/maria-lopez",
  "/in/zhang-congcong",
  "/no-such-page",
];
const MEMBER_PAGES = [
  "/feed",
  "/network",
  "/network/connections",
  "/network/invitations?box=sent",
  "/notifications",
  "/me",
  "/me/profile",
  "/settings",
];
// a demo member's pages are full: invitations, suggestions, connections, notifications, someone 2nd degree
const DEMO_MEMBER_PAGES = ["/network", "/network/connections", "/notifications", "/in/wang-fang"];

async function violations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("public pages have no WCAG 2.1 AA violations", async ({ page }) => {
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        expect(await violations(page), path).toEqual([]);
      }
    });

    test("member pages have no WCAG 2.1 AA violations", async ({ page, member }) => {
      await signUp(page, member);
      for (const path of MEMBER_PAGES) {
        await page.goto(path);
        expect(await violations(page), path).toEqual([]);
      }
    });

    test("a demo member's network pages have no WCAG 2.1 AA violations", async ({ page }) => {
      await signIn(page, "zhang.congcong@renmai.example", "renmai-demo-2026");
      await expect(page).toHaveURL(/\/feed$/);
      for (const path of DEMO_MEMBER_PAGES) {
        await page.goto(path);
        await page.waitForLoadState("networkidle"); // the profile's relationship buttons load in the browser
        expect(await violations(page), path).toEqual([]);
      }
    });
  });
}
