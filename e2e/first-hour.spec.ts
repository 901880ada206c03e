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
// what they say. (The guided start after sign-up is still to come: issue #23 stays open for it.)

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
