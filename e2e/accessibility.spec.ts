import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, signUp, test } from "./fixtures";

const PUBLIC_PAGES = [
  "/",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/search?q=Maria",
  `/search?q=${encodeURIComponent("产品经理")}&type=people`,
  "/in/maria-lopez",
  "/in/zhang-congcong",
  "/company/northwind-software",
  "/company/mingli-law/people",
  "/jobs",
  `/jobs?q=${encodeURIComponent("工程师")}&workplace=on_site`,
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
// a demo member's pages are full: invitations, suggestions, connections, notifications, someone 2nd degree,
// a ranked feed with pictures, link previews and reactions, hashtags, saved posts, articles; and the company
// pages 张聪聪 administers (杭州云帆科技). Two tests: each page takes seconds to analyse.
const DEMO_MEMBER_PAGES = {
  "network and content": [
    "/network",
    "/network/connections",
    "/notifications",
    "/in/wang-fang",
    "/feed",
    `/feed/hashtag/${encodeURIComponent("跨境电商")}`,
    "/feed/saved",
    "/me/articles",
    "/articles/new",
    "ARTICLE",
    "POST",
  ],
  "company pages": [
    "/company/yunfan-tech",
    "/company/yunfan-tech/posts",
    "/company/yunfan-tech/products",
    "/company/yunfan-tech/people",
    "/company/yunfan-tech/admin",
    "/company/yunfan-tech/analytics",
    "/company/new",
  ],
  "jobs and recruiting pages": [
    "/me/jobs",
    "/me/jobs?tab=alerts",
    "/company/yunfan-tech/jobs",
    "/company/yunfan-tech/jobs/new",
    "JOB",
    "BOARD",
    "APPLICATION",
    `/recruiter?q=${encodeURIComponent('(产品经理 OR "product manager") AND 杭州 NOT 实习')}`,
    "PROJECT",
  ],
};

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

    test("the header's open typeahead has no WCAG 2.1 AA violations", async ({ page }) => {
      await page.goto("/");
      const box = page.getByRole("combobox", { name: "Search" });
      await expect(async () => {
        await box.fill("");
        await box.pressSequentially("mar");
        await expect(page.getByRole("option").nth(2)).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
      await box.press("ArrowDown");
      expect(await violations(page)).toEqual([]);
    });

    test("member pages have no WCAG 2.1 AA violations", async ({ page, member }) => {
      await signUp(page, member);
      for (const path of MEMBER_PAGES) {
        await page.goto(path);
        expect(await violations(page), path).toEqual([]);
      }
    });

    for (const [group, paths] of Object.entries(DEMO_MEMBER_PAGES)) {
      test(`a demo member's ${group} have no WCAG 2.1 AA violations`, async ({ page }) => {
        test.setTimeout(240_000);
        await signIn(page, "zhang.congcong@renmai.example", "renmai-demo-2026");
        await expect(page).toHaveURL(/\/feed$/);
        const api = page.context().request;
        const json = async (url: string) => (await api.get(url)).json();
        const busiestJob = async () => {
          const { items } = await json("/api/v1/companies/yunfan-tech/jobs?status=open");
          return (items as { id: string; applicantCount: number }[]).sort(
            (a, b) => b.applicantCount - a.applicantCount,
          )[0]!.id;
        };
        // the demo's own records behind these pages, asked for when a group needs them
        const real: Record<string, () => Promise<string>> = {
          ARTICLE: async () => `/articles/${(await json("/api/v1/me/articles")).items[0].slug}`,
          POST: async () => `/posts/${(await json("/api/v1/feed?mode=recent&limit=1")).items[0].id}`,
          JOB: async () => `/jobs/${await busiestJob()}`,
          BOARD: async () => `/jobs/${await busiestJob()}/applicants`,
          APPLICATION: async () => {
            const job = await busiestJob();
            const { columns } = await json(`/api/v1/jobs/${job}/applications`);
            return `/jobs/${job}/applicants/${columns.flatMap((c: { cards: { id: string }[] }) => c.cards)[0].id}`;
          },
          PROJECT: async () =>
            `/recruiter/projects/${(await json("/api/v1/recruiter/projects")).items[0].id}`,
        };
        for (const name of paths) {
          const path = real[name] ? await real[name]() : name;
          await page.goto(path);
          await page.waitForLoadState("networkidle"); // the profile's relationship buttons load in the browser
          expect(await violations(page), path).toEqual([]);
        }
      });
    }
  });
}
