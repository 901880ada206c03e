import { expect, linkFromMailbox, signIn, signOut, signUp, test } from "./fixtures";

test("a new member confirms their email from the link they were sent", async ({ page, member }) => {
  await signUp(page, member);
  const link = await linkFromMailbox(page, member.email, "Confirm your email address for Renmai");
  await page.goto(link);
  await expect(page.getByText("Thank you — your email address is confirmed.")).toBeVisible();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: `Welcome to Renmai, ${member.name}` })).toBeVisible();
  await expect(page.getByText("Please confirm your email address")).toHaveCount(0);

  await page.goto(link);
  await expect(page.getByText("This confirmation link is invalid or has expired.")).toBeVisible();
});

test("a member who forgot their password sets a new one and signs in with it", async ({ page, member }) => {
  await signUp(page, member);
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  // both pages have an Email field: wait for the new one before typing
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(
    page.getByText("If an account exists for that email, a reset link is on its way."),
  ).toBeVisible();

  await page.goto(await linkFromMailbox(page, member.email, "Reset your Renmai password"));
  await page.getByLabel("New password").fill("password");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("This password is too common or easy to guess.")).toBeVisible();
  await page.getByLabel("New password").fill("an entirely fresh passphrase");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("Your password has been changed")).toBeVisible();

  await signIn(page, member.email, "an entirely fresh passphrase");
  await expect(page).toHaveURL(/\/feed$/);
});

test("asking a reset for an unknown address answers the same as for a known one", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("nobody-here@renmai.test");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(
    page.getByText("If an account exists for that email, a reset link is on its way."),
  ).toBeVisible();
});
