import fs from "node:fs/promises";
import sharp from "sharp";
import { expect, signUp, test } from "./fixtures";

test("a new member fills their profile and an anonymous visitor sees only the public parts", async ({
  page,
  member,
  browser,
}) => {
  await signUp(page, member);
  await page.goto("/me/profile");
  await expect(page.getByRole("heading", { name: "Edit profile" })).toBeVisible();

  const photo = page.locator("#photo");
  await photo.getByLabel("Profile photo").setInputFiles({
    name: "avatar.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await photo.getByRole("button", { name: "Upload" }).first().click();
  await expect(photo.getByText("Use a JPEG, PNG or WebP image")).toBeVisible();
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#0ea5e9" } })
    .jpeg()
    .toBuffer();
  await photo
    .getByLabel("Profile photo")
    .setInputFiles({ name: "me.jpg", mimeType: "image/jpeg", buffer: jpeg });
  // the photo shows before it goes up, framed square: the middle 600 × 600 of 800 × 600 unless moved
  await expect(photo.getByTestId("avatar-file-crop").locator("img")).toBeVisible();
  await expect(photo.locator("input[name=cropWidth]")).toHaveValue(/^75(\.0+)?$/);
  await expect(photo.locator("input[name=cropX]")).toHaveValue(/^12\.5(0+)?$/);
  await photo.getByRole("button", { name: "Upload" }).first().click();
  await expect(photo.getByRole("button", { name: "Remove photo" })).toBeVisible();

  const intro = page.locator("#headline");
  await intro.getByLabel("Headline").fill("Frontend Engineer · 前端工程师");
  await intro.getByLabel("Industry").selectOption({ label: "Software development" });
  await intro.getByRole("button", { name: "Save" }).click();
  await expect(intro.getByText("Saved.")).toBeVisible();

  const location = page.locator("#location");
  await location.getByLabel("City").fill("杭州");
  await location.getByLabel("Country or region").selectOption("CN");
  await location.getByRole("button", { name: "Save" }).click();
  await expect(location.getByText("Saved.")).toBeVisible();

  const about = page.locator("#about");
  await about.getByLabel("About").fill("I build **fast** web apps.\n\n- React\n- TypeScript");
  await about.getByRole("button", { name: "Save" }).click();
  await expect(about.getByText("Saved.")).toBeVisible();

  const experience = page.locator("#experience");
  await experience.getByLabel("Title").fill("前端工程师");
  await experience.getByLabel("Company").fill("阿里巴巴");
  await experience.getByLabel("Start month").fill("2021-03");
  await experience.getByRole("button", { name: "Add position" }).click();
  await expect(experience.getByTestId("position-entries")).toContainText("前端工程师 · 阿里巴巴");

  const skills = page.locator("#skills");
  await skills.getByLabel("Skills", { exact: true }).fill("React\nTypeScript\nNode.js");
  await skills.getByLabel("Top skills").fill("TypeScript");
  await skills.getByRole("button", { name: "Save" }).click();
  await expect(skills.getByText("Saved.")).toBeVisible();

  // a project and interests: sections a LinkedIn-class profile has
  const projects = page.locator("#projects");
  await projects.getByLabel("Project name").fill("Renmai 前端性能 🚀");
  await projects.getByLabel("Start month").fill("2024-03");
  await projects.getByLabel("Skills and keywords").fill("React、性能优化");
  await projects.getByRole("button", { name: "Add a project" }).click();
  await expect(projects.getByTestId("project-entries")).toContainText("Renmai 前端性能 🚀");
  const interests = page.locator("#interests");
  await interests.getByLabel("Interests").fill("围棋，摄影");
  await interests.getByRole("button", { name: "Save" }).click();
  await expect(interests.getByText("Saved.")).toBeVisible();

  const contact = page.locator("#contact");
  await contact.getByLabel("Phone").fill("+86 138 0000 1234");
  await contact.getByLabel("Website").fill("javascript:alert(1)");
  await contact.getByRole("button", { name: "Save" }).click();
  await expect(contact.getByText("Enter a web address starting with http:// or https://.")).toBeVisible();
  await contact.getByLabel("Website").fill("https://frontend.example");
  await contact.getByRole("button", { name: "Save" }).click();
  await expect(contact.getByText("Saved.")).toBeVisible();

  await page.getByRole("link", { name: "View my profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: member.name })).toBeVisible();
  await expect(page.getByText("Frontend Engineer · 前端工程师").first()).toBeVisible();
  await expect(page.getByTestId("contact")).toContainText("+86 138 0000 1234");
  await expect(page.getByRole("meter", { name: "Profile strength" })).toBeVisible();
  const profileUrl = page.url();

  // the business card: a QR code to the profile, and a vCard with what the viewer may see (here: everything)
  await page.getByRole("link", { name: "Business card" }).click();
  await expect(page.getByTestId("business-card")).toContainText("+86 138 0000 1234");
  await expect(page.getByRole("img", { name: `QR code linking to ${member.name}'s profile` })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Save contact (vCard)" }).click(),
  ]);
  const ownCard = await fs.readFile((await download.path())!, "utf8");
  expect(ownCard).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  expect(ownCard).toContain(`FN:${member.name}`);
  expect(ownCard).toContain("TEL;VALUE=uri:tel:+8613800001234");

  // a visitor who is not signed in: the phone (only me by default) and the meter are not there
  const anonymous = await browser.newPage();
  // the page counts the visit from the browser once it is up: wait for that before closing it
  const visitCounted = anonymous.waitForResponse(
    (r) => r.request().method() === "POST" && r.url().endsWith("/views"),
  );
  await anonymous.goto(profileUrl);
  await expect(anonymous.getByRole("heading", { level: 1, name: member.name })).toBeVisible();
  await expect(anonymous.getByText("前端工程师 · 阿里巴巴")).toBeVisible();
  await expect(anonymous.locator("strong", { hasText: "fast" })).toBeVisible();
  await expect(anonymous.getByTestId("skills")).toContainText("TypeScript");
  await expect(anonymous.getByTestId("projects-list")).toContainText("Renmai 前端性能 🚀");
  await expect(anonymous.getByTestId("projects-list")).toContainText("性能优化");
  await expect(anonymous.getByTestId("interests")).toContainText("摄影");
  await expect(anonymous.getByTestId("contact")).toContainText("frontend.example");
  await expect(anonymous.getByTestId("contact")).not.toContainText("138 0000 1234");
  await expect(anonymous.getByRole("meter")).toHaveCount(0);
  const avatarSrc = await anonymous.locator("main img").first().getAttribute("src");
  expect(avatarSrc).toMatch(/^\/media\/avatars\/.+-lg\.webp$/);
  const image = await anonymous.request.get(avatarSrc!);
  expect(image.headers()["content-type"]).toBe("image/webp");
  expect(image.headers()["cache-control"]).toContain("immutable");
  const publicCard = await (await anonymous.request.get(`${profileUrl}/vcard`)).text();
  expect(publicCard).toContain("TITLE:前端工程师");
  expect(publicCard).not.toContain("TEL");
  const jsonLd = JSON.parse((await anonymous.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Person", name: member.name, jobTitle: "前端工程师" });
  await expect(anonymous.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    new RegExp(member.name),
  );
  expect((await visitCounted).status()).toBeLessThan(300);
  await anonymous.close();

  // the visit counted, without a name
  await expect(async () => {
    await page.goto("/me/views");
    await expect(page.getByTestId("views-anonymous")).toHaveText("1", { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByText("No member has viewed your profile yet.")).toBeVisible();
});

test("another member sees no edit controls and can't reach the editor for someone else", async ({
  page,
  member,
}) => {
  await signUp(page, member);
  await page.goto("/in/maria-lopez");
  await expect(page.getByRole("heading", { level: 1, name: "Maria Lopez" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit profile" })).toHaveCount(0);
  await expect(page.getByRole("meter")).toHaveCount(0);
});

test("an unknown profile address is a 404 page", async ({ page }) => {
  const response = await page.goto("/in/nobody-has-this-handle");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
