// npm run screenshots [-- --base-url http://localhost:3000] [-- --out dir]
// Pages × (desktop, 360 px phone) × (zh-CN, en) × (light, dark), as PNGs to look at (default .data/screenshots).
// Without --base-url it starts the app itself on a throw-away data dir with the demo data.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type APIRequestContext, type Browser } from "@playwright/test";
import { findFreePort, waitFor } from "./services/ports.ts";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    out: { type: "string", default: ".data/screenshots" },
    only: { type: "string" }, // page names (or parts of them), comma-separated: just those pages
  },
});
// demo members whose own language setting matches the locale (a member's setting wins over the cookie)
const DEMO = {
  "zh-CN": { email: "zhang.congcong@renmai.example", password: "renmai-demo-2026" },
  en: { email: "maria.lopez@renmai.example", password: "renmai-demo-2026" },
};
type PagePath = string | ((api: APIRequestContext) => Promise<string>);
const firstItem = async (api: APIRequestContext, url: string) => (await (await api.get(url)).json()).items[0];
type Shot = {
  name: string;
  path: PagePath;
  member: boolean;
  submit?: boolean;
  /** form fields filled (by name) before `submit` */
  fill?: () => Record<string, string>;
  /** typed into the header's search box, to show its suggestions */
  typeahead?: Record<keyof typeof DEMO, string>;
};
const json = async (api: APIRequestContext, url: string) => (await api.get(url)).json();
/** the page the member hires for: the demo's two companies with recruiters, where both featured members are admins */
const hiringSlug = async (api: APIRequestContext) => {
  const { items } = (await json(api, "/api/v1/me/companies")) as { items: { slug: string }[] };
  return (items.find((c) => ["yunfan-tech", "northwind-software"].includes(c.slug)) ?? items[0]!).slug;
};
/** that page's open job with the most applicants */
const busiestJob = async (api: APIRequestContext) => {
  const { items } = (await json(api, `/api/v1/companies/${await hiringSlug(api)}/jobs?status=open`)) as {
    items: { id: string; applicantCount: number }[];
  };
  return items.sort((a, b) => b.applicantCount - a.applicantCount)[0]!.id;
};
const PAGES: Shot[] = [
  { name: "landing", path: "/", member: false },
  { name: "sign-in", path: "/sign-in", member: false },
  { name: "sign-up-errors", path: "/sign-up", member: false, submit: true },
  {
    name: "sign-up-sent",
    path: "/sign-up",
    member: false,
    submit: true,
    fill: () => ({
      name: "陈小雨",
      email: `chen.xiaoyu.${Date.now()}@renmai.example`,
      password: "velvet harbour quietly sings",
    }),
  },
  { name: "feed", path: "/feed", member: true },
  { name: "feed-recent", path: "/feed?mode=recent", member: true },
  { name: "feed-saved", path: "/feed/saved", member: true },
  { name: "feed-hashtag", path: `/feed/hashtag/${encodeURIComponent("跨境电商")}`, member: true },
  {
    name: "post-page",
    path: async (api) => `/posts/${(await firstItem(api, "/api/v1/feed?mode=recent&limit=1")).id}`,
    member: true,
  },
  {
    name: "article-page",
    path: async (api) => `/articles/${(await firstItem(api, "/api/v1/me/articles")).slug}`,
    member: true,
  },
  {
    name: "article-editor",
    path: async (api) => `/me/articles/${(await firstItem(api, "/api/v1/me/articles")).id}`,
    member: true,
  },
  { name: "article-new", path: "/articles/new", member: true },
  { name: "my-articles", path: "/me/articles", member: true },
  { name: "search", path: `/search?q=${encodeURIComponent("跨境电商")}`, member: true },
  { name: "typeahead", path: "/feed", member: true, typeahead: { "zh-CN": "跨境", en: "mar" } },
  { name: "search-people", path: `/search?q=${encodeURIComponent("产品")}&type=people`, member: true },
  { name: "settings", path: "/settings", member: true },
  { name: "welcome-about", path: "/welcome?step=about", member: true },
  { name: "welcome-skills", path: "/welcome?step=skills", member: true },
  { name: "welcome-people", path: "/welcome?step=people", member: true },
  { name: "welcome-follow", path: "/welcome?step=follow", member: true },
  { name: "relationship-no-js", path: "/in/wang-fang/connect", member: true },
  { name: "profile-own-zh", path: "/in/zhang-congcong", member: true },
  { name: "profile-edit", path: "/me/profile", member: true },
  { name: "profile-card", path: "/in/zhang-congcong/card", member: false },
  { name: "profile-views", path: "/me/views", member: true },
  { name: "profile-anonymous-en", path: "/in/maria-lopez", member: false },
  { name: "profile-as-member", path: "/in/wang-fang", member: true },
  { name: "network", path: "/network", member: true },
  { name: "network-connections", path: "/network/connections", member: true },
  { name: "network-invitations", path: "/network/invitations", member: true },
  { name: "network-invitations-sent", path: "/network/invitations?box=sent", member: true },
  { name: "notifications", path: "/notifications", member: true },
  {
    name: "company-home",
    path: async (api) => `/company/${(await firstItem(api, "/api/v1/me/companies")).slug}`,
    member: true,
  },
  { name: "company-anonymous", path: "/company/northwind-software", member: false },
  {
    name: "company-posts",
    path: async (api) => `/company/${(await firstItem(api, "/api/v1/me/companies")).slug}/posts`,
    member: true,
  },
  { name: "company-products", path: "/company/mingli-law/products", member: true },
  { name: "company-people", path: "/company/yunfan-tech/people", member: true },
  {
    name: "company-admin",
    path: async (api) => `/company/${(await firstItem(api, "/api/v1/me/companies")).slug}/admin`,
    member: true,
  },
  {
    name: "company-analytics",
    path: async (api) => `/company/${(await firstItem(api, "/api/v1/me/companies")).slug}/analytics`,
    member: true,
  },
  { name: "company-new", path: "/company/new", member: true },
  { name: "jobs-anonymous", path: "/jobs", member: false },
  { name: "jobs-search", path: `/jobs?q=${encodeURIComponent("工程师")}&workplace=on_site`, member: true },
  { name: "job-page", path: async (api) => `/jobs/${await busiestJob(api)}`, member: true },
  {
    name: "job-apply",
    path: async (api) => {
      const { hits } = (await json(api, "/api/v1/jobs?sort=recent")) as {
        hits: { id: string; hasApplied: boolean; isExternal: boolean }[];
      };
      return `/jobs/${hits.find((h) => !h.hasApplied && !h.isExternal)!.id}/apply`;
    },
    member: true,
  },
  { name: "my-jobs", path: "/me/jobs", member: true },
  { name: "company-jobs", path: async (api) => `/company/${await hiringSlug(api)}/jobs`, member: true },
  { name: "job-new", path: async (api) => `/company/${await hiringSlug(api)}/jobs/new`, member: true },
  { name: "job-board", path: async (api) => `/jobs/${await busiestJob(api)}/applicants`, member: true },
  {
    name: "job-application",
    path: async (api) => {
      const job = await busiestJob(api);
      const { columns } = (await json(api, `/api/v1/jobs/${job}/applications`)) as {
        columns: { cards: { id: string }[] }[];
      };
      return `/jobs/${job}/applicants/${columns.flatMap((c) => c.cards).at(-1)!.id}`;
    },
    member: true,
  },
  {
    name: "recruiter-search",
    path: `/recruiter?q=${encodeURIComponent('(产品经理 OR "product manager") AND 杭州 NOT 实习')}`,
    member: true,
  },
  {
    name: "recruiter-error",
    path: `/recruiter?q=${encodeURIComponent('产品经理 AND "product manager')}`,
    member: true,
  },
  {
    name: "recruiter-project",
    path: async (api) => `/recruiter/projects/${(await json(api, "/api/v1/recruiter/projects")).items[0].id}`,
    member: true,
  },
  { name: "my-jobs-alerts", path: "/me/jobs?tab=alerts", member: true },
  { name: "not-found", path: "/no-such-page", member: false },
];
const wanted = values.only?.split(",");
const pages = PAGES.filter((p) => !wanted || wanted.some((name) => p.name.includes(name)));
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

let baseUrl = values["base-url"];
let server: ReturnType<typeof spawn> | undefined;
if (!baseUrl) {
  const port = await findFreePort(3300);
  baseUrl = `http://localhost:${port}`;
  server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--ephemeral"], {
    env: {
      ...process.env,
      PORT: String(port),
      RENMAI_DATA_DIR: `.data/screenshots-server-${port}`,
      LOG_LEVEL: "warn",
      // each browser below speaks from an address of its own, so sign-up throttles don't run out
      TRUST_PROXY: "true",
    },
    stdio: "ignore",
  });
  await waitFor("the app", async () => (await fetch(`${baseUrl}/api/health`)).ok, 300_000);
}

fs.mkdirSync(values.out!, { recursive: true });
const browser: Browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
let contexts = 0;
try {
  for (const locale of ["en", "zh-CN"] as const) {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        const context = await browser.newContext({
          baseURL: baseUrl,
          locale,
          colorScheme,
          viewport,
          deviceScaleFactor: 1,
          extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${++contexts}` },
        });
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseUrl }]);
        const page = await context.newPage();
        for (const shot of pages.filter((p) => !p.member)) {
          await page.goto(shot.path as string);
          for (const [name, value] of Object.entries(shot.fill?.() ?? {}))
            await page.locator(`[name="${name}"]`).fill(value);
          if (shot.submit) await page.locator("form button[type=submit]").click();
          await page.waitForLoadState("networkidle");
          await page.screenshot({
            path: path.join(values.out!, `${shot.name}-${device}-${locale}-${colorScheme}.png`),
            fullPage: true,
          });
        }
        await page.goto("/sign-in");
        await page.locator("#field-email").fill(DEMO[locale].email);
        await page.locator("#field-password").fill(DEMO[locale].password);
        await page.locator("form button[type=submit]").click();
        await page.waitForURL(/\/feed/);
        for (const shot of pages.filter((p) => p.member)) {
          await page.goto(typeof shot.path === "string" ? shot.path : await shot.path(context.request));
          await page.waitForLoadState("networkidle");
          if (shot.typeahead) {
            await page.locator("header input[name=q]").pressSequentially(shot.typeahead[locale]);
            await page.getByRole("option").first().waitFor();
          }
          await page.screenshot({
            path: path.join(values.out!, `${shot.name}-${device}-${locale}-${colorScheme}.png`),
            fullPage: !shot.typeahead, // the list is over the top of the page
          });
        }
        await context.close();
      }
    }
  }
  console.log(`screenshots in ${values.out}`);
} finally {
  await browser.close();
  if (server) {
    server.kill("SIGTERM");
    await new Promise((r) => server!.once("exit", r));
  }
}
