import fs from "node:fs/promises";
import { uniqueMember } from "../prisma/seed/factories";
import { expect, signOut, signUp, test } from "./fixtures";

test("a member exports their profile as JSON Resume and imports it into a second account", async ({
  page,
  member,
}) => {
  await signUp(page, member);
  await page.goto("/me/profile");
  const intro = page.locator("#headline");
  await intro.getByLabel("Headline").fill("Growth marketer · 增长营销");
  await intro.getByRole("button", { name: "Save" }).click();
  await expect(intro.getByText("Saved.")).toBeVisible();
  const experience = page.locator("#experience");
  await experience.getByLabel("Title").fill("Growth Lead");
  await experience.getByLabel("Company").fill("小红书");
  await experience.getByLabel("Start month").fill("2022-06");
  await experience.getByRole("button", { name: "Add position" }).click();
  await expect(experience.getByTestId("position-entries")).toContainText("Growth Lead · 小红书");
  const skills = page.locator("#skills");
  await skills.getByLabel("Skills", { exact: true }).fill("SEO\n内容营销");
  await skills.getByRole("button", { name: "Save" }).click();
  await expect(skills.getByText("Saved.")).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export as JSON Resume" }).click(),
  ]);
  const resumePath = await download.path();
  const resume = JSON.parse(await fs.readFile(resumePath, "utf8"));
  expect(resume.basics.label).toBe("Growth marketer · 增长营销");
  expect(resume.work).toEqual([
    expect.objectContaining({ name: "小红书", position: "Growth Lead", startDate: "2022-06" }),
  ]);
  await signOut(page);

  // a second account starts empty, imports the file, and ends with the same profile
  await signUp(page, uniqueMember({ name: "Second Account" }));
  await page.goto("/me/profile");
  const portability = page.locator("#import-export");
  await portability.getByLabel("Import from a file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from("{ this is not json"),
  });
  await portability.getByRole("button", { name: "Preview import" }).click();
  await expect(portability.getByText("This file isn't valid JSON.")).toBeVisible();

  // a file past the limit is refused by the picker, before anything is sent
  await portability.getByLabel("Import from a file").setInputFiles({
    name: "huge.json",
    mimeType: "application/json",
    buffer: Buffer.alloc(10.5 * 1024 * 1024, " "),
  });
  await expect(portability.getByRole("alert")).toHaveText(
    "The files together are larger than 10 MB. Choose fewer or smaller ones.",
  );
  // and through the REST API, in words: past the import's limit, and past what any upload may be
  const handle = (await (await page.request.get("/api/v1/profiles/me")).json()).handle;
  for (const [megabytes, status, message] of [
    [10.5, 422, /10 MB at most/],
    [13, 413, /MB/],
  ] as const) {
    const response = await page.request.post(`/api/v1/profiles/${handle}/import?dryRun=true`, {
      multipart: {
        file: {
          name: "huge.json",
          mimeType: "application/json",
          buffer: Buffer.alloc(megabytes * 1024 * 1024, " "),
        },
      },
    });
    expect(response.status(), `${megabytes} MB`).toBe(status);
    expect((await response.json()).error.message).toMatch(message);
  }

  // the résumé as another tool might write it: the summary in HTML, and a section profiles don't have
  const edited = {
    ...resume,
    basics: { ...resume.basics, summary: "<p>I grow <strong>brands</strong> in 中国 &amp; abroad.</p>" },
    volunteer: [{ organization: "壹基金", position: "志愿者", url: "https://onefoundation.example.cn" }],
    references: [{ name: "张聪聪", reference: "值得信赖。" }],
  };
  await portability.getByLabel("Import from a file").setInputFiles({
    name: "resume.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await portability.getByRole("button", { name: "Preview import" }).click();
  const preview = portability.getByTestId("import-preview");
  await expect(preview).toContainText("1 position");
  await expect(preview).toContainText("2 skills");
  await expect(preview).toContainText("1 volunteering entry");
  await expect(preview.getByTestId("import-kept")).toContainText("1 reference");
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(portability.getByText("Imported. Your profile is updated.")).toBeVisible();

  await page.getByRole("link", { name: "View my profile" }).click();
  await expect(page.getByText("Growth marketer · 增长营销").first()).toBeVisible();
  await expect(page.locator("#experience")).toContainText("Growth Lead");
  await expect(page.locator("#experience")).toContainText("小红书");
  await expect(page.getByTestId("skills")).toContainText("内容营销");
  await expect(page.getByText("I grow brands in 中国 & abroad.")).toBeVisible();
  await expect(page.locator("strong", { hasText: "brands" }).first()).toBeVisible();
  await expect(page.getByTestId("volunteering-list")).toContainText("志愿者");

  // the export gives back what the file had, the reference and the volunteering link too
  const exported = await (await page.request.get("/api/v1/profiles/me/json-resume")).json();
  expect(exported.volunteer).toEqual([edited.volunteer[0]]);
  expect(exported.references).toEqual(edited.references);
});
