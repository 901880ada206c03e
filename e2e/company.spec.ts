import { randomInt } from "node:crypto";
import sharp from "sharp";
import { uniqueMember } from "../prisma/seed/factories";
import { expect, newPersonPage, signUp, test } from "./fixtures";

test("a member creates a company page with its contact block, announcement and product; a colleague is approved as employee; a follower sees its post; the admin sees the visits in analytics", async ({
  page,
  member,
  browser,
}) => {
  test.setTimeout(180_000);
  await signUp(page, member);
  const slug = `e2e-cloud-${randomInt(1e9)}`;

  // create the page: the admin screen opens
  await page.goto("/company/new");
  await page.getByLabel("Name in Chinese").fill("测试云商科技");
  await page.getByLabel("Name in English").fill("E2E Cloud Commerce");
  await page.getByLabel("Page address").fill(slug);
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page).toHaveURL(new RegExp(`/company/${slug}/admin$`));

  // the contact block: a malformed phone is refused with its reason, then the right one is saved
  const contact = page.locator("#contact-edit");
  await contact.getByLabel("Address").fill("浙江省杭州市西湖区文三路 90 号");
  await contact.getByLabel("Phone").fill("call us");
  await contact.getByLabel("Email").fill("hello@e2e-cloud.example");
  await contact.getByLabel("Website").fill("www.e2e-cloud.example");
  await contact.getByLabel("Contact person").fill("林小姐");
  await contact.getByRole("button", { name: "Save" }).click();
  await expect(contact.locator("#contact-phone-error")).toContainText("phone number");
  await contact.getByLabel("Phone").fill("+86 571 8888 0000");
  await contact.getByRole("button", { name: "Save" }).click();
  await expect(contact.getByText("Saved.")).toBeVisible();

  // pin an announcement and add a product with a picture
  const announcements = page.locator("#announcements");
  await announcements.getByLabel("Title").fill("年终大促 Year-end sale");
  await announcements.getByLabel("Text").fill("全场八折，12 月 31 日截止。");
  await announcements.getByRole("button", { name: "Publish" }).click();
  await expect(announcements.getByTestId("announcement-list")).toContainText("年终大促");
  const products = page.locator("#products-edit");
  await products.getByLabel("Name").fill("云商 ERP");
  await products.getByLabel("Description").fill("订单、库存、财务一体化");
  const picture = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#0a66c2" } })
    .png()
    .toBuffer();
  await products
    .getByLabel("Picture (optional)")
    .setInputFiles({ name: "erp.png", mimeType: "image/png", buffer: picture });
  await products.getByRole("button", { name: "Add" }).click();
  await expect(products.getByTestId("product-list")).toContainText("云商 ERP");

  // the home shows all of it
  await page.goto(`/company/${slug}`);
  await expect(page.getByTestId("company-name")).toHaveText("E2E Cloud Commerce");
  await expect(page.getByTestId("announcement")).toContainText("年终大促 Year-end sale");
  await expect(page.getByTestId("contact-block")).toContainText("+86 571 8888 0000");
  await expect(page.getByTestId("contact-block")).toContainText("林小姐");
  const product = page.getByTestId("product").filter({ hasText: "云商 ERP" });
  await expect(product.locator("img[src*='/media/products/']")).toHaveCount(1);

  // a colleague follows the page and says they work there
  const bo = await newPersonPage(browser);
  const boName = `Bo ${randomInt(1e6)}`;
  await signUp(bo, uniqueMember({ name: boName }));
  await bo.goto(`/company/${slug}`);
  await bo.getByRole("button", { name: "Follow" }).click();
  await expect(bo.getByRole("button", { name: "Following" })).toBeVisible();
  await bo.getByTestId("claim-menu").click();
  await bo.getByRole("menuitem", { name: "I work here" }).click();
  await bo.getByLabel("Your title").fill("运营经理");
  await bo.getByRole("button", { name: "Send" }).click();
  await expect(bo.getByTestId("my-tie")).toContainText("Waiting for E2E Cloud Commerce");

  // the admin approves; the employee shows on the page's People tab, with the title
  await page.goto(`/company/${slug}/admin`);
  const requests = page.locator("#requests");
  await expect(requests.getByTestId("pending-ties")).toContainText(boName);
  await requests.getByRole("button", { name: "Approve" }).click();
  await expect(requests.getByText("No one is waiting for approval.")).toBeVisible();
  await bo.goto(`/company/${slug}/people`);
  await expect(bo.getByTestId("people-employee")).toContainText(boName);
  await expect(bo.getByTestId("people-employee")).toContainText("运营经理");

  // the admin posts as the company; the follower finds it in the feed, from the company
  const news = `我们发布了云商 ERP 2.0 ${randomInt(1e6)}`;
  await page.goto(`/company/${slug}/posts`);
  const composer = page.getByTestId("composer");
  await composer.getByLabel("What do you want to talk about?").fill(news);
  await composer.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByTestId("post").filter({ hasText: news })).toBeVisible();
  await bo.goto("/feed");
  const fromCompany = bo.getByTestId("post").filter({ hasText: news });
  await expect(fromCompany.getByTestId("post-author")).toContainText("E2E Cloud Commerce");
  await expect(fromCompany.getByRole("link", { name: "E2E Cloud Commerce" })).toHaveAttribute(
    "href",
    `/company/${slug}`,
  );

  // the admin's analytics count what this test did: 1 follower, 2 visitors, 2 impressions (the admin on the
  // Posts tab, the follower in the feed)
  await page.goto(`/company/${slug}/analytics?days=7`);
  const totals = page.getByTestId("analytics-totals");
  await expect(totals).toContainText("Followers1");
  await expect(totals).toContainText("Page views2");
  await expect(totals).toContainText("Post impressions2");
  for (const chart of ["followers-chart", "views-chart", "posts-chart"])
    await expect(page.getByTestId(chart).locator("svg.recharts-surface").first()).toBeVisible();
  await bo.context().close();
});
