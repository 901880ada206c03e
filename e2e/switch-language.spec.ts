import { expect, signIn, signUp, test } from "./fixtures";

test.describe("a visitor whose browser prefers Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("sees Chinese, switches to English, and the choice sticks", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的职业社交网络，中英文皆宜");

    await page.getByRole("button", { name: "语言" }).click();
    await page.getByRole("menuitemradio", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Your professional network, in Chinese and English",
    );
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});

test("a member's language follows them to another browser", async ({ page, browser, member }) => {
  await signUp(page, member);
  await page.goto("/settings");
  await page.getByLabel("中文").check();
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByText("语言已保存。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "设置与隐私" })).toBeVisible();

  const other = await browser.newContext({ locale: "en-US", baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await expect(otherPage.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await signIn(otherPage, member.email);
  await expect(otherPage.getByRole("heading", { name: `欢迎，${member.name}` })).toBeVisible();
  await other.close();
});

test("errors are in the visitor's language", async ({ page }) => {
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: test.info().project.use.baseURL! }]);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("请输入邮箱地址。")).toBeVisible();
  await expect(page.getByText("请输入密码。")).toBeVisible();
});
