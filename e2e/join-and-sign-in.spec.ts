import { expect, linkFromMailbox, PASSWORD, signIn, signOut, signUp, test } from "./fixtures";

test("a new member joins, signs out, mistypes the password, then signs in", async ({ page, member }) => {
  await signUp(page, member);
  await expect(page.getByRole("heading", { name: `Welcome, ${member.name}` })).toBeVisible();
  await expect(
    page.getByText(`Please confirm your email address: we sent a link to ${member.email}.`),
  ).toBeVisible();

  await signOut(page);
  await expect(page.getByText("You have been signed out.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  await signIn(page, member.email, "not my password at all");
  await expect(
    page.getByRole("alert").filter({ hasText: "That email and password don't match" }),
  ).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(member.email);

  await signIn(page, member.email.toUpperCase(), PASSWORD);
  await expect(page).toHaveURL(/\/feed$/);
  await expect(page.getByRole("heading", { name: `Welcome, ${member.name}` })).toBeVisible();
});

test("joining with an address that has an account answers as for a new one, and mails its owner", async ({
  page,
  member,
}) => {
  await signUp(page, member);
  await signOut(page);
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Someone Else");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill("another strong passphrase here");
  await page.getByRole("button", { name: "Agree & join" }).click();
  await expect(page.getByRole("status").getByText(`We sent an email to ${member.email}.`)).toBeVisible();
  await expect(page.getByText("already exists")).toHaveCount(0);
  // the owner hears of it; their password still works and the other one doesn't
  expect(await linkFromMailbox(page, member.email, "Someone tried to join Renmai with your email")).toMatch(
    /\/sign-in$/,
  );
  await signIn(page, member.email, "another strong passphrase here");
  await expect(page.getByRole("alert").filter({ hasText: "don't match" })).toBeVisible();
  await signIn(page, member.email, PASSWORD);
  await expect(page).toHaveURL(/\/feed$/);
});

test("a new member is found by name in search", async ({ page, member }) => {
  await signUp(page, member);
  await expect(async () => {
    await page.goto(`/search?q=${encodeURIComponent(member.name)}`);
    await expect(page.getByTestId("people-results").getByText(member.name)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
