import type { Locator, Page } from "@playwright/test";
import { randomInt } from "node:crypto";
import { uniqueMember, type UserSeed } from "../prisma/seed/factories";
import { expect, newPersonPage, signOut, signUp, test } from "./fixtures";

/** Saves one form of the profile editor and waits for the server's answer ("Saved." may still show from before). */
async function save(section: Locator) {
  await Promise.all([
    section.page().waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/me/profile")),
    section.getByRole("button", { name: "Save" }).click(),
  ]);
  await expect(section.getByText("Saved.")).toBeVisible();
}

/** Signs a new member up with a phone number seen by `audience`; gives their profile's address. */
async function signUpWithPhone(page: Page, member: UserSeed, phone: string, audience: string) {
  await signUp(page, member);
  await page.goto("/me/profile");
  const contact = page.locator("#contact");
  await contact.getByLabel("Phone").fill(phone);
  await save(contact);
  await page.locator("#visibility").getByLabel("Phone").selectOption(audience);
  await save(page.locator("#visibility"));
  return (await page.getByRole("link", { name: "View my profile" }).getAttribute("href"))!;
}

test("visitors get the profile and vCard from the cache, and every change reaches them at once", async ({
  page,
  member,
  browser,
}) => {
  const profilePath = await signUpWithPhone(page, member, "+86 139 1111 2222", "public");
  const visibility = page.locator("#visibility");

  const anonymous = await browser.newPage();
  await anonymous.goto(profilePath);
  await expect(anonymous.getByTestId("contact")).toContainText("+86 139 1111 2222");
  const again = await anonymous.goto(profilePath);
  expect(again?.headers()["x-nextjs-cache"], "the second visit is served from the cache").toBe("HIT");
  const vcard = () => anonymous.request.get(`${profilePath}/vcard`).then((r) => r.text());
  expect(await vcard()).toContain("tel:+8613911112222");
  expect(await vcard()).toContain("tel:+8613911112222");

  // the owner makes the phone private: the very next anonymous visit no longer shows it
  await visibility.getByLabel("Phone").selectOption("only_me");
  await save(visibility);
  await anonymous.goto(profilePath);
  await expect(anonymous.getByRole("heading", { level: 1, name: member.name })).toBeVisible();
  await expect(anonymous.getByText("+86 139 1111 2222")).toHaveCount(0);
  expect(await vcard()).not.toContain("8613911112222");

  // a new address: the old one is gone for everyone, the new one shows the profile
  const intro = page.locator("#headline");
  await intro.getByLabel("Profile address").fill(`${profilePath.slice(4)}-moved`);
  await intro.getByLabel("Headline").fill("Cache tester · 缓存测试");
  await save(intro);
  expect((await anonymous.goto(profilePath))?.status()).toBe(404);
  await anonymous.goto(`${profilePath}-moved`);
  await expect(anonymous.getByText("Cache tester · 缓存测试").first()).toBeVisible();

  // the cached page follows the visitor's language, switched on the page itself
  await anonymous.getByRole("button", { name: "Language" }).click();
  await anonymous.getByRole("menuitemradio", { name: "中文" }).click();
  await expect(anonymous.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(anonymous.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();
  await anonymous.reload();
  await expect(anonymous.locator("html")).toHaveAttribute("lang", "zh-CN");
  await anonymous.close();
});

test("a member signing up takes over an address that was cached as not found", async ({
  page,
  member,
  browser,
}) => {
  const anonymous = await browser.newPage();
  const handle = member.name.toLowerCase().replace(/\s+/g, "-");
  expect((await anonymous.goto(`/in/${handle}`))?.status()).toBe(404);
  expect((await anonymous.request.get(`/in/${handle}/vcard`)).status()).toBe(404);
  await signUp(page, member);
  expect((await anonymous.goto(`/in/${handle}`))?.status()).toBe(200);
  expect((await anonymous.request.get(`/in/${handle}/vcard`)).status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1, name: member.name })).toBeVisible();
  await anonymous.close();
});

test("members get another member's profile from the members' cache: more than visitors see, never to a made-up cookie", async ({
  page,
  member,
  browser,
}) => {
  const profilePath = await signUpWithPhone(page, member, "+86 139 3333 4444", "members");

  // the owner's own page is rendered for them, never cached
  const own = await page.goto(profilePath);
  expect(own?.headers()["x-nextjs-cache"]).toBeUndefined();
  await expect(page.getByText("Profile strength")).toBeVisible();

  const reader = await newPersonPage(browser);
  const readerSeed = uniqueMember({ name: `Reader ${randomInt(1e6)}` });
  await signUp(reader, readerSeed);
  await reader.goto(profilePath);
  await expect(reader.getByTestId("contact")).toContainText("+86 139 3333 4444");
  const again = await reader.goto(profilePath);
  expect(again?.headers()["x-nextjs-cache"], "the second visit is served from the cache").toBe("HIT");
  expect(again?.headers()["cache-control"], "no shared cache may keep it").toMatch(/private/);
  await reader.getByRole("button", { name: "Account menu" }).click();
  await expect(reader.getByRole("menu")).toContainText(readerSeed.name);
  await reader.keyboard.press("Escape");
  expect(await reader.request.get(`${profilePath}/vcard`).then((r) => r.text())).toContain(
    "tel:+8613933334444",
  );

  // visitors, and anyone with a made-up session cookie, get the visitors' render
  const visitor = await browser.newPage();
  await visitor.goto(profilePath);
  await expect(visitor.getByRole("heading", { level: 1, name: member.name })).toBeVisible();
  await expect(visitor.getByText("+86 139 3333 4444")).toHaveCount(0);
  const forger = await browser.newContext();
  await forger.addCookies([{ name: "next-auth.session-token", value: "made-up", url: visitor.url() }]);
  const forged = await forger.newPage();
  await forged.goto(profilePath);
  await expect(forged.getByRole("heading", { level: 1, name: member.name })).toBeVisible();
  await expect(forged.getByText("+86 139 3333 4444")).toHaveCount(0);
  expect(await forged.request.get(`${profilePath}/vcard`).then((r) => r.text())).not.toContain(
    "8613933334444",
  );

  // the owner hides the phone from members: the very next member visit no longer shows it
  await page.goto("/me/profile");
  await page.locator("#visibility").getByLabel("Phone").selectOption("only_me");
  await save(page.locator("#visibility"));
  await reader.goto(profilePath);
  await expect(reader.getByRole("heading", { level: 1, name: member.name })).toBeVisible();
  await expect(reader.getByText("+86 139 3333 4444")).toHaveCount(0);

  // signing out from the cached page works, and the next visit is a visitor's
  await signOut(reader);
  await reader.goto(profilePath);
  await expect(reader.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await Promise.all([visitor.close(), forger.close(), reader.context().close()]);
});
