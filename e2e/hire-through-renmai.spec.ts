import { randomInt } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import { expect, newPersonPage, signIn, signUp, test } from "./fixtures";

// a verified company's recruiter in the demo data (prisma/seed/jobs.ts), whose language is English
const RECRUITER = { email: "james.walker@renmai.example", password: "renmai-demo-2026" };

async function resumePdf() {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText("Tester - Product Manager");
  return Buffer.from(await pdf.save());
}

test("a recruiter posts a remote job; a member finds it with two facets and applies with a PDF and answers; the recruiter moves the application to interview and the member sees it", async ({
  page,
  member,
  browser,
}) => {
  test.setTimeout(240_000);
  const word = `Zq${randomInt(1e9).toString(36)}`;
  const recruiter = await newPersonPage(browser);
  await signIn(recruiter, RECRUITER.email, RECRUITER.password);
  await expect(recruiter).toHaveURL(/\/feed$/);

  // the recruiter posts a remote job with two screening questions
  await recruiter.goto("/company/northwind-software/jobs/new");
  await recruiter.getByLabel("Job title").fill(`${word} Remote Product Manager`);
  await recruiter
    .getByLabel("Description")
    .fill("Own the roadmap of our **SaaS** tools.\n\n- 与客户沟通\n- Ship every week");
  await recruiter.getByLabel("Workplace").selectOption("remote");
  await recruiter.getByLabel("Remote: countries accepted").fill("CN, SG");
  await recruiter.getByLabel("Salary · From").fill("25000");
  await recruiter.getByLabel("Salary · To").fill("40000");
  // the company's country (Northwind is in Germany) and money come filled in; 学历要求 and 14薪 are there too
  await expect(recruiter.getByLabel("Country or region", { exact: true })).toHaveValue("DE");
  await expect(recruiter.getByLabel("Currency")).toHaveValue("EUR");
  await recruiter.getByLabel("Education").selectOption("bachelor");
  await recruiter.getByLabel("Months of pay a year").selectOption("14");
  await recruiter.getByRole("button", { name: "Add a question" }).click();
  await recruiter.getByLabel("Question 1", { exact: true }).fill("能否接受远程协作？");
  await recruiter.getByRole("button", { name: "Add a question" }).click();
  await recruiter.getByLabel("Question 2", { exact: true }).fill("Years of product experience?");
  await recruiter.getByLabel("Answer", { exact: true }).nth(1).selectOption("number");
  await recruiter.getByRole("button", { name: "Publish" }).click();
  await expect(recruiter.getByTestId("job-title")).toHaveText(`${word} Remote Product Manager`);
  await expect(recruiter.getByTestId("job-salary")).toContainText("14 months' pay a year");
  await expect(recruiter.getByText("Bachelor's degree or above")).toBeVisible();
  const jobUrl = new URL(recruiter.url()).pathname;
  const ld = JSON.parse((await recruiter.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ "@type": "JobPosting", jobLocationType: "TELECOMMUTE" });

  // a member finds it with two facets: remote, full-time
  await signUp(page, member);
  await expect(async () => {
    await page.goto(`/jobs?q=${word}`);
    await expect(page.getByTestId("job-row")).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId("facet-workplace-remote").click();
  await expect(page).toHaveURL(/workplace=remote/);
  await page.getByTestId("facet-employmentType-full_time").click();
  await expect(page).toHaveURL(/employmentType=full_time/);
  await expect(page.getByTestId("job-row")).toHaveCount(1);
  await page.getByTestId("job-row").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${jobUrl}$`));

  // applies with a PDF résumé and the answers; a fake PDF is refused first
  await page.getByRole("link", { name: "Easy apply" }).click();
  await page.getByLabel("Phone (optional)").fill("+86 138 0000 0000");
  await page.getByLabel("Résumé (PDF, up to 10 MB, optional)").setInputFiles({
    name: "cv.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("not really a pdf"),
  });
  await page.getByText("Yes", { exact: true }).click();
  await page.getByLabel("Years of product experience? *").fill("6");
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByText("This file isn't a PDF")).toBeVisible();
  await page.getByLabel("Résumé (PDF, up to 10 MB, optional)").setInputFiles({
    name: "cv.pdf",
    mimeType: "application/pdf",
    buffer: await resumePdf(),
  });
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page).toHaveURL(/\/me\/jobs\?applied=/);
  const mine = page.getByTestId("job-row").filter({ hasText: word });
  await expect(mine.getByTestId("my-application-stage")).toContainText("Applied");

  // the recruiter moves the application to interview on the board
  await recruiter.goto(`${jobUrl}/applicants`);
  const moved = recruiter.waitForResponse(
    (r) => r.url().endsWith("/stage") && r.request().method() === "PUT",
  );
  await recruiter.getByLabel(`Move ${member.name}`).selectOption("interview");
  // the board moves the card at once; the stage is saved when the API answers
  expect((await moved).status()).toBeLessThan(300);
  await expect(recruiter.getByTestId("stage-interview")).toContainText(member.name);

  // the member sees the new stage, and a notification about it
  await page.reload();
  await expect(mine.getByTestId("my-application-stage")).toContainText("Interview");
  await page.goto("/notifications");
  await expect(page.getByTestId("notifications")).toContainText(`${word} Remote Product Manager`);
  await recruiter.context().close();
});

test("a recruiter's boolean search finds the demo's product managers in Hangzhou but not the interns, and points at a mistake", async ({
  page,
}) => {
  await signIn(page, RECRUITER.email, RECRUITER.password);
  await expect(page).toHaveURL(/\/feed$/);
  await page.goto("/recruiter");
  await page.getByLabel("Boolean search").fill('(产品经理 OR "product manager") AND 杭州 NOT 实习');
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const names = page.getByTestId("candidate").locator("a[href^='/in/']");
  await expect(names.first()).toBeVisible();
  expect((await names.allTextContents()).sort()).toEqual(
    [
      "Chesley Schaefer",
      "Damion Hahn",
      "Evans Labadie",
      "Lavern Hyatt",
      "Trey Kemmer",
      "张聪聪",
      "李伟",
      "龚秀珍",
    ].sort(),
  );

  await page.getByLabel("Boolean search").fill('产品经理 AND "product manager');
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("query-error")).toContainText("A quote opened at column 10 is never closed.");
});
