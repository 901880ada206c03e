import { randomInt } from "node:crypto";
import sharp from "sharp";
import { uniqueMember } from "../prisma/seed/factories";
import { connectThroughApi, expect, handleOf, newPersonPage, signUp, test } from "./fixtures";

test("a member posts a picture with a hashtag and a mention; a connection sees it first, reacts and comments; the author sees the counts", async ({
  page,
  member,
  browser,
}) => {
  await signUp(page, member);
  const bo = await newPersonPage(browser);
  const boName = `Bo ${randomInt(1e6)}`;
  await signUp(bo, uniqueMember({ name: boName }));
  await connectThroughApi(page, bo);
  const boHandle = await handleOf(bo);
  const tag = `跨境电商试点${randomInt(1e6)}`;

  // ana writes: the mention is picked from her connections as she types
  await page.goto("/feed");
  const composer = page.getByTestId("composer");
  const text = composer.getByLabel("What do you want to talk about?");
  await text.click();
  await text.pressSequentially(`Launching our pilot with @${boName.slice(0, 2)}`);
  await composer.getByRole("option").filter({ hasText: boName }).click();
  // the picked mention is in, with the caret after it, before typing on
  await expect(text).toHaveValue(`Launching our pilot with @${boHandle} `);
  await text.pressSequentially(`— proud of the team! #${tag}`);
  await expect(text).toHaveValue(`Launching our pilot with @${boHandle} — proud of the team! #${tag}`);
  const picture = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#0ea5e9" } })
    .png()
    .toBuffer();
  await composer
    .getByTestId("composer-images")
    .setInputFiles({ name: "team.png", mimeType: "image/png", buffer: picture });
  await expect(composer.getByRole("button", { name: "Remove picture 1" })).toBeVisible();
  await composer.getByRole("button", { name: "Post", exact: true }).click();
  const mine = page.getByTestId("post").first();
  await expect(mine.getByTestId("post-text")).toContainText(`#${tag}`);
  // the mention reads as Bo's name, not his handle
  await expect(mine.getByRole("link", { name: boName, exact: true })).toHaveAttribute(
    "href",
    `/in/${boHandle}`,
  );
  await expect(mine.getByTestId("post-text")).not.toContainText(`@${boHandle}`);
  await expect(mine.locator("img[src*='/media/posts/']")).toHaveCount(1);

  // bo finds it at the top of his feed, celebrates it and comments
  await bo.goto("/feed");
  const post = bo.getByTestId("post").first();
  await expect(post.getByTestId("post-author")).toContainText(member.name);
  await expect(post.getByTestId("degree")).toHaveText("1st");
  await expect(post.getByRole("link", { name: `#${tag}` })).toBeVisible();
  await post.getByTestId("reaction-picker").click();
  await bo.getByRole("menuitem", { name: "Celebrate" }).click();
  await expect(post.getByTestId("react")).toHaveAttribute("aria-pressed", "true");
  await expect(post.getByTestId("reaction-count")).toHaveText("1 reaction");
  await post.getByTestId("comment-button").click();
  await post.getByLabel("Add a comment…").fill("恭喜！Congratulations on the launch 🎉");
  await post.getByRole("button", { name: "Send" }).click();
  await expect(post.getByTestId("comment")).toContainText("恭喜！Congratulations on the launch 🎉");
  await expect(post.getByTestId("post-counts")).toContainText("1 comment");

  // ana sees both counts, and the comment on the post's own page
  await page.reload();
  const counted = page.getByTestId("post").filter({ hasText: tag });
  await expect(counted.getByTestId("reaction-count")).toHaveText("1 reaction");
  await expect(counted.getByTestId("post-counts")).toContainText("1 comment");
  await counted
    .getByRole("link", { name: /ago|now/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/posts\/[a-z0-9]+$/);
  await expect(page.getByTestId("comment")).toContainText("Congratulations on the launch");

  // the hashtag has its own page with the post on it
  await page
    .getByRole("link", { name: `#${tag}` })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: `#${tag}` })).toBeVisible();
  await expect(page.getByTestId("post")).toHaveCount(1);
});
