import sharp from "sharp";
import {
  expect,
  handleOf,
  linkFromMailbox,
  newMemberClient,
  PASSWORD,
  signIn,
  signOut,
  signUp,
  test,
} from "./fixtures";

// A newcomer's first hour: the header works as they expect, counts what waits for them, and their settings do
// what they say; the guided start after sign-up leads them to a feed worth reading.

test("a newcomer searches with Enter, sees what waits for them, picks a time zone and changes their password and email", async ({
  page,
  member,
  baseURL,
}) => {
  await signUp(page, member);
  const handle = await handleOf(page);

  // two members invite them: the header counts the invitations and the notifications about them
  for (let i = 0; i < 2; i++) {
    const other = await newMemberClient(baseURL!);
    expect((await other.api.post("/api/v1/invitations", { data: { handle } })).status()).toBe(200);
  }
  await page.goto("/feed");
  const nav = page.getByRole("navigation", { name: "Main navigation" }).first();
  await expect(nav.getByRole("link", { name: /Network/ })).toContainText("2 invitations waiting");
  await expect(nav.getByRole("link", { name: /Notifications/ })).toContainText("2 unread notifications");
  // the phone's bottom bar counts them too
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).last().getByTestId("count-badge").first(),
  ).toHaveText("2");
  await page.setViewportSize({ width: 1280, height: 800 });

  // Enter in the header's box searches what was typed
  const box = page.getByRole("combobox", { name: "Search" });
  await box.fill("产品经理");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);

  // a time zone chosen in settings
  await page.goto("/settings");
  await page.getByLabel("Time zone", { exact: true }).selectOption("America/Los_Angeles");
  await page.locator("#time-zone").getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Time zone saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("America/Los_Angeles");

  // a new password, with the current one
  const account = page.locator("#account");
  const passwordForm = account.locator("section").filter({ hasText: "Password" }).last();
  await passwordForm.getByLabel("Current password").fill("not the password");
  await passwordForm.getByLabel("New password").fill("a brand new garden path");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByText("That isn't your current password.")).toBeVisible();
  await passwordForm.getByLabel("Current password").fill(PASSWORD);
  await passwordForm.getByLabel("New password").fill("a brand new garden path");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(account.getByText("Password changed. Your other devices are signed out.")).toBeVisible();

  // a new address, confirmed from its inbox
  const newEmail = `moved.${member.email}`;
  await account.getByLabel("New email address").fill(newEmail);
  const emailForm = account.locator("section").first();
  await emailForm.getByLabel("Current password").fill("a brand new garden path");
  await account.getByRole("button", { name: "Change email" }).click();
  await expect(account.getByText(`We sent a link to ${newEmail}.`, { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: `Waiting for ${newEmail}` })).toBeVisible();
  const link = await linkFromMailbox(page, newEmail, "Confirm your new email address for Renmai");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my new email" }).click();
  await expect(page.getByText(`Done. You sign in with ${newEmail} from now on.`)).toBeVisible();

  await page.goto("/feed");
  await signOut(page);
  await signIn(page, newEmail, "a brand new garden path");
  await expect(page).toHaveURL(/\/feed$/);
});

test("sign-up links the terms and the privacy notice, in both languages", async ({ page }) => {
  await page.goto("/sign-up");
  // they open beside the half-filled form
  await expect(page.getByRole("link", { name: "terms and community rules" })).toHaveAttribute(
    "href",
    "/terms",
  );
  await expect(page.getByRole("link", { name: "privacy notice" })).toHaveAttribute("target", "_blank");
  await page.goto((await page.getByRole("link", { name: "privacy notice" }).getAttribute("href")) ?? "");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: page.url() }]);
  await page.goto("/terms");
  await expect(page.getByRole("heading", { level: 1, name: "用户协议与社区规范" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "隐私政策" })).toBeVisible();
});

test("在中文界面注册，按引导完善档案、加联系人、关注公司和话题，动态就有内容了", async ({
  page,
  member,
  baseURL,
}) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL! }]);
  await page.goto("/sign-up");
  await page.getByLabel("姓名").fill(member.name);
  await page.getByLabel("邮箱").fill(member.email);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "同意并加入" }).click();
  await expect(page.getByRole("status").getByText(member.email, { exact: false })).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").fill(member.email);
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).last().click();
  await expect(page).toHaveURL(/\/feed$/);
  // the feed points to the guide until it is done
  await expect(page.getByTestId("resume-onboarding")).toContainText("第 1 步，共 5 步");

  const link = await linkFromMailbox(page, member.email, "请验证你在人脉的邮箱地址");
  await page.goto(link);
  await page.getByRole("link", { name: "继续" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `欢迎来到人脉，${member.name}` })).toBeVisible();

  // 1. where they work (a company with a page here) and studied
  await page.getByLabel("当前职位", { exact: true }).fill("用户研究员");
  await page.getByLabel("公司", { exact: true }).fill("杭州云帆科技");
  await page.getByLabel("学校", { exact: true }).fill("浙江大学");
  await page.getByLabel("城市", { exact: true }).fill("杭州");
  await expect(page.getByLabel("国家或地区")).toHaveValue("CN");
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page).toHaveURL(/step=photo/);

  // resumable: the feed says where they left, and takes them back there
  await page.goto("/feed");
  await expect(page.getByTestId("resume-onboarding")).toContainText("第 2 步，共 5 步：头像");
  await page.getByTestId("resume-onboarding").getByRole("link", { name: "继续" }).click();
  await expect(page).toHaveURL(/step=photo/);
  const photo = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#f97316" } })
    .jpeg()
    .toBuffer();
  await page.getByLabel("你的头像").setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "上传" }).click();
  await expect(page.locator("main img").first()).toBeVisible();
  await page.getByRole("button", { name: "继续" }).click();

  // 3. skills: some suggested from people with the same title, some typed
  await expect(page).toHaveURL(/step=skills/);
  const suggested = page.getByRole("group", { name: "担任这个职位的人常列的技能" }).getByRole("checkbox");
  await expect(suggested.first()).toBeVisible();
  await suggested.first().check();
  await page.getByLabel("其他技能").fill("用户研究，Axure");
  await page.getByRole("button", { name: "保存并继续" }).click();

  // 4. people from their company, school and city, with the reason
  await expect(page).toHaveURL(/step=people/);
  const people = page.getByTestId("welcome-people").getByTestId("suggestion");
  await expect(people.first()).toBeVisible();
  await expect(page.getByTestId("welcome-people").getByTestId("reason").first()).toContainText(
    /杭州云帆科技|浙江大学|杭州|共同联系人/,
  );
  await people.first().getByRole("button", { name: "加为联系人" }).click();
  await expect(people.first().getByRole("button", { name: "等待回复" })).toBeVisible();
  await page.getByRole("button", { name: "继续" }).click();

  // 5. the employer's page is first and already followed; a topic followed here
  await expect(page).toHaveURL(/step=follow/);
  const employer = page.getByTestId("welcome-companies").getByRole("listitem").first();
  await expect(employer).toContainText("杭州云帆科技");
  await expect(employer).toContainText("你的公司或学校");
  await expect(employer.getByRole("button", { name: /取消关注/ })).toHaveText("已关注");
  const topic = page.getByTestId("welcome-hashtags").getByRole("listitem").first();
  await topic.getByRole("button", { name: /^关注/ }).click();
  await expect(topic.getByRole("button", { name: /取消关注/ })).toBeVisible();
  await page.getByRole("button", { name: "完成，去看动态" }).click();

  // a useful feed, and no more reminders
  await expect(page).toHaveURL(/\/feed$/);
  await expect(page.getByTestId("feed").getByRole("listitem").first()).toBeVisible();
  await expect(page.getByTestId("resume-onboarding")).toHaveCount(0);

  // the header's search takes Enter in Chinese too
  const box = page.getByRole("combobox", { name: "搜索" });
  await box.fill("产品经理");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E4%BA%A7%E5%93%81%E7%BB%8F%E7%90%86/);
});
