import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { uniqueMember } from "../prisma/seed/factories";
import { expect, newPersonPage, signUp, test } from "./fixtures";

test("two new members connect from each other's profile; a third sees them as 2nd degree", async ({
  page,
  member,
  browser,
}) => {
  await signUp(page, member);
  const anaPath = await profilePath(page);
  const bo = await newPersonPage(browser);
  await signUp(bo, uniqueMember({ name: `Bo ${randomInt(1e6)}` }));
  const boPath = await profilePath(bo);

  // ana invites bo with a note
  await page.goto(boPath);
  const actions = page.getByTestId("relationship");
  await actions.getByRole("button", { name: "Connect" }).click();
  await actions.getByLabel("Add a note (optional)").fill("We met at 深圳 Product Day — let's stay in touch!");
  await actions.getByRole("button", { name: "Send invitation" }).click();
  await expect(actions.getByText("Invitation sent.")).toBeVisible();
  await expect(actions.getByRole("button", { name: "Pending" })).toBeDisabled();

  // bo answers from ana's profile
  await bo.goto(anaPath);
  const boActions = bo.getByTestId("relationship");
  await expect(boActions.getByText(`${member.name} invited you to connect.`)).toBeVisible();
  await boActions.getByRole("button", { name: "Accept" }).click();
  await expect(boActions.getByText("You are now connected.")).toBeVisible();
  await expect(boActions.getByTestId("degree")).toHaveText("1st");
  await page.reload();
  await expect(actions.getByTestId("degree")).toHaveText("1st");

  // cy connects with bo, then sees ana as 2nd degree with bo in common
  const cy = await newPersonPage(browser);
  await signUp(cy, uniqueMember({ name: `Cy ${randomInt(1e6)}` }));
  const cyPath = await profilePath(cy);
  await cy.goto(boPath);
  await cy.getByTestId("relationship").getByRole("button", { name: "Connect" }).click();
  await cy.getByTestId("relationship").getByRole("button", { name: "Send invitation" }).click();
  await expect(cy.getByTestId("relationship").getByText("Invitation sent.")).toBeVisible();
  await bo.goto(cyPath);
  await bo.getByTestId("relationship").getByRole("button", { name: "Accept" }).click();
  await expect(bo.getByTestId("relationship").getByTestId("degree")).toHaveText("1st");
  await cy.goto(anaPath);
  await expect(cy.getByTestId("relationship").getByTestId("degree")).toHaveText("2nd");
  await expect(cy.getByTestId("relationship").getByTestId("mutual")).toContainText("1 mutual connection");

  // ana blocks cy: each gets "not found" for the other's profile
  await page.goto(cyPath);
  await page.getByTestId("relationship").getByRole("button", { name: "More actions" }).click();
  await page.getByRole("menuitem", { name: "Block" }).click();
  await page.getByTestId("relationship").getByRole("button", { name: "Block", exact: true }).click();
  await expect(page.getByText(/You blocked/)).toBeVisible();
  expect((await cy.goto(anaPath))?.status()).toBe(404);
  await Promise.all([bo.context().close(), cy.context().close()]);
});

/** The signed-in member's own profile address. */
async function profilePath(page: Page) {
  const me = await (await page.context().request.get("/api/v1/profiles/me")).json();
  return `/in/${me.handle}`;
}

test("without JavaScript, a member connects and follows from a page of plain forms the profile links to", async ({
  page,
  member,
  browser,
}) => {
  await signUp(page, member);
  const other = await newPersonPage(browser);
  const otherMember = uniqueMember({ name: `Noscript ${randomInt(1e6)}` });
  await signUp(other, otherMember);
  const otherPath = await profilePath(other);

  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${randomInt(256)}` },
  });
  const plain = await noScript.newPage();
  await plain.goto(otherPath);
  await plain.getByRole("link", { name: `Connect with, follow or block ${otherMember.name}` }).click();
  await expect(plain).toHaveURL(new RegExp(`${otherPath}/connect$`));
  await plain.getByLabel("Add a note (optional)").fill("没有脚本也能加好友");
  await plain.getByRole("button", { name: "Send invitation" }).click();
  await expect(plain.getByText("Invitation sent.")).toBeVisible();
  await expect(plain.getByRole("button", { name: "Withdraw" })).toBeVisible();
  await plain.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(plain.getByRole("button", { name: "Following", exact: true })).toBeVisible();
  await noScript.close();

  // the invitation is real: the other member sees it with the note
  await other.goto("/network/invitations");
  await expect(other.getByText("没有脚本也能加好友")).toBeVisible();
});
