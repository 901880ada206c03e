import AxeBuilder from "@axe-core/playwright";
import { expect, signUp, test } from "./fixtures";

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
const MEMBER_PAGES = ["/feed", "/network", "/me", "/me/profile", "/settings"];

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
  });
}
