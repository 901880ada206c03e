import { expect, PASSWORD, signUp, test } from "./fixtures";

for (const path of [
  "/feed",
  "/network",
  "/me/jobs",
  "/recruiter",
  "/messages",
  "/notifications",
  "/me",
  "/settings",
]) {
  test(`an anonymous visitor to ${path} is asked to sign in, then taken back`, async ({ page, member }) => {
    await signUp(page, member);
    await page.context().clearCookies();
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}$`));
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });
}

test("signing out of all devices ends the session in every browser", async ({ page, browser, member }) => {
  await signUp(page, member);
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await otherPage.getByLabel("Email").fill(member.email);
  await otherPage.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage).toHaveURL(/\/feed$/);

  await page.goto("/settings");
  await expect(page.getByTestId("sessions").getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/\?signedOut=1$/);

  await otherPage.goto("/settings");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});
