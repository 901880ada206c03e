import { randomInt } from "node:crypto";
import { expect, handleOf, newPersonPage, signUp, test } from "./fixtures";
import { uniqueMember } from "../prisma/seed/factories";

test("a super admin offers a colleague a page role; it is theirs only once they accept it", async ({
  page,
  member,
  browser,
}) => {
  await signUp(page, member);
  const slug = `roles-${randomInt(1e9)}`;
  expect(
    (
      await page.request.post("/api/v1/companies", {
        data: { slug, nameEn: "Roles & Co", nameZh: "角色公司" },
      })
    ).status(),
  ).toBe(200);

  const colleague = await newPersonPage(browser);
  const colleagueSeed = uniqueMember({ name: `Colleague ${randomInt(1e6)}` });
  await signUp(colleague, colleagueSeed);
  const colleagueHandle = await handleOf(colleague);

  // the owner offers the role on the admin page: it waits for an answer
  await page.goto(`/company/${slug}/admin`);
  await page.getByLabel("Member's profile address").fill(colleagueHandle);
  await page.getByLabel("Role", { exact: true }).selectOption("content_admin");
  await page.getByRole("button", { name: "Invite as admin" }).click();
  await expect(
    page.getByText(`Invited: ${colleagueHandle} becomes Content admin when they accept.`),
  ).toBeVisible();
  await expect(page.getByTestId("offered-roles")).toContainText(colleagueSeed.name);
  await expect(page.getByTestId("admin-list")).not.toContainText(colleagueSeed.name);

  // not theirs yet: the admin page sends them back to the page
  await colleague.goto(`/company/${slug}/admin`);
  await expect(colleague).toHaveURL(new RegExp(`/company/${slug}$`));

  // the notification leads to the offer; accepting makes it theirs
  await colleague.goto("/notifications");
  await colleague
    .getByText(`${member.name} offered you the Content admin role on the page of Roles & Co`)
    .click();
  await expect(colleague).toHaveURL(/\/network\/invitations#page-roles$/);
  const offers = colleague.getByTestId("role-offers");
  await expect(offers).toContainText("Roles & Co");
  await offers.getByRole("button", { name: "Accept" }).click();
  await expect(colleague.getByTestId("role-offers")).toHaveCount(0);
  await colleague.goto(`/company/${slug}/admin`);
  await expect(colleague).toHaveURL(new RegExp(`/company/${slug}/admin$`));

  await page.reload();
  await expect(page.getByTestId("admin-list")).toContainText(colleagueSeed.name);
  await expect(page.getByTestId("offered-roles")).toHaveCount(0);
  await colleague.context().close();
});
