import { randomInt } from "node:crypto";
import sharp from "sharp";
import { uniqueMember } from "../prisma/seed/factories";
import { expect, newPersonPage, signUp, test } from "./fixtures";

test("a member writes, illustrates and publishes an article; each member's reads count once; script in it stays text", async ({
  page,
  member,
  browser,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signUp(page, member);
  const title = `跨境电商的十个误区 ${randomInt(1e6)}`;

  await page.goto("/feed");
  await page.getByRole("link", { name: "Write article" }).click();
  await expect(page.getByRole("heading", { name: "New article" })).toBeVisible();
  const editor = page.getByTestId("article-editor");
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Category").selectOption({ label: "Industry insights" });
  await editor
    .getByLabel("Article", { exact: true })
    .fill(
      "## 误区一：只看流量\n\n流量不等于**订单**。<script>alert('article')</script>\n\n[click me](javascript:alert(1)) #跨境电商\n\n<img src=x onerror=alert(2)>",
    );
  // the toolbar writes the Markdown: bold at the caret
  await editor.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Bold" }).click();
  await expect(editor.getByLabel("Article", { exact: true })).toHaveValue(/\*\*text\*\*/);
  await editor.getByRole("tab", { name: "Preview" }).click();
  await expect(editor.getByTestId("article-preview").locator("strong", { hasText: "text" })).toBeVisible();
  await expect(
    editor.getByTestId("article-preview").getByRole("heading", { name: "误区一：只看流量" }),
  ).toBeVisible();
  // the cover is chosen before the first save, and goes up with the draft
  const cover = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#f59e0b" } })
    .jpeg()
    .toBuffer();
  await editor
    .locator("input[type=file]")
    .setInputFiles({ name: "cover.jpg", mimeType: "image/jpeg", buffer: cover });
  await expect(editor.locator("img[src^='blob:']")).toBeVisible();
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await expect(page).toHaveURL(/\/me\/articles\/[a-z0-9]+\?saved=1$/);

  await expect(page.getByTestId("article-editor").locator("img[src*='/media/covers/']")).toBeVisible();
  await page.getByTestId("article-editor").getByRole("button", { name: "Publish" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const articleUrl = page.url();
  expect(articleUrl).toMatch(/\/articles\/kua-jing-dian-shang-de-shi-ge-wu-qu-\d+-[0-9a-f]{6}$/);
  const body = page.getByTestId("article-body");
  await expect(body).toContainText("<script>alert('article')</script>");
  await expect(body.getByRole("link", { name: "#跨境电商" })).toHaveAttribute("href", /\/feed\/hashtag\//);
  expect(await body.locator("script, img[onerror], a[href^='javascript']").count()).toBe(0);
  const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Article", headline: title, author: { name: member.name } });
  expect(jsonLd.image[0]).toMatch(/^http.*\/media\/covers\//);
  await expect(page.locator("meta[property='og:title']")).toHaveAttribute("content", title);
  await expect(page.getByTestId("article-reads")).toHaveText("· No reads yet"); // the author's own reads don't count

  // two other members: one read each, however many times they open it
  for (const name of ["Bo", "Cy"]) {
    const reader = await newPersonPage(browser);
    await signUp(reader, uniqueMember({ name: `${name} ${randomInt(1e6)}` }));
    for (let i = 0; i < 3; i++) await reader.goto(articleUrl);
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await reader.context().close();
  }
  await page.reload();
  await expect(page.getByTestId("article-reads")).toHaveText("· 2 members read this");

  // a visitor sees the article and a way to join in, not an empty card where reactions would be
  const visitor = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(articleUrl);
  await expect(visitorPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitorPage.getByTestId("post")).toHaveCount(0);
  await visitor.close();

  // it is in the author's feed as an article card
  await page.goto("/feed?mode=recent");
  await expect(page.getByTestId("article-preview").filter({ hasText: title })).toBeVisible();
  expect(dialogs).toEqual([]);
});
