import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { updateCompany } from "@/lib/companies/save-company";
import { db } from "@/lib/db";
import { dayIn } from "@/lib/i18n/time-zones";
import { drainOutboxBatch } from "@/lib/search/drain-outbox";
import { syncIndexes } from "@/lib/search/sync-indexes";
import { appErrorOf, createMember } from "@/tests/helpers";
import { newHiringCompany, REMOTE_JOB, tag } from "@/tests/jobs";
import { listCompanyJobs } from "./company-jobs";
import { getJob } from "./get-job";
import { jobPostingJsonLd } from "./job-posting-json-ld";
import { yearlyCny } from "./salary";
import { listSavedJobs, saveJob } from "./saved-jobs";
import { createJob, updateJob } from "./save-job";
import { searchJobs } from "@/lib/discovery/search-jobs";
import { closeExpiredJobs, setJobStatus } from "./set-job-status";

type Member = Awaited<ReturnType<typeof createMember>>;
const searchTag = `Qs${randomBytes(3).toString("hex")}`;
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

let company: Awaited<ReturnType<typeof newHiringCompany>>;
let stranger: Member;

describe("job postings", () => {
  beforeAll(async () => {
    company = await newHiringCompany();
    stranger = await createMember();
  });

  it("are posted by the company's recruiters as drafts only the hiring team sees, then opened", async () => {
    const job = await createJob(company.recruiter, company.ref, REMOTE_JOB);
    expect(job.status).toBe("draft");
    for (const who of [null, stranger])
      expect(await appErrorOf(getJob(who, { jobId: job.id }))).toMatchObject({ code: "not_found" });
    expect((await listCompanyJobs(null, company.ref, {})).items.map((j) => j.id)).not.toContain(job.id);
    expect((await listCompanyJobs(company.owner, company.ref, {})).items.map((j) => j.id)).toContain(job.id);

    await setJobStatus(company.recruiter, { jobId: job.id }, { status: "open" });
    const page = await getJob(null, { jobId: job.id });
    expect(page).toMatchObject({ status: "open", applicantCount: null, viewer: { canApply: false } });
    expect(page.questions.map((q) => q.kind)).toEqual(["yes_no", "number", "text"]);
    expect(page.publishedAt).not.toBeNull();
    expect((await getJob(stranger, { jobId: job.id })).viewer.canApply).toBe(true);
  });

  it("are refused to members without a hiring role, and with bad input store nothing", async () => {
    expect(await appErrorOf(createJob(stranger, company.ref, REMOTE_JOB))).toMatchObject({
      code: "forbidden",
    });
    expect(await appErrorOf(createJob(null, company.ref, REMOTE_JOB))).toMatchObject({
      code: "unauthenticated",
    });
    const before = await db.job.count();
    const bad = await appErrorOf(
      createJob(company.recruiter, company.ref, {
        ...REMOTE_JOB,
        salaryMin: 50000,
        salaryMax: 20000,
        description: "x".repeat(10_001),
        applyUrl: "javascript:alert(1)",
        expiresAt: inDays(-1),
      }),
    );
    expect(bad.details.fields).toMatchObject({
      description: "text.tooLong",
      applyUrl: "url.invalid",
      expiresAt: "jobs.expiryPast",
    });
    const range = await appErrorOf(
      createJob(company.recruiter, company.ref, { ...REMOTE_JOB, salaryMin: 50000, salaryMax: 20000 }),
    );
    expect(range.details.fields).toEqual({ salaryMin: "jobs.salaryMinAboveMax" });
    const onSite = await appErrorOf(
      createJob(company.recruiter, company.ref, { ...REMOTE_JOB, workplace: "on_site", salaryCurrency: "" }),
    );
    expect(onSite.details.fields).toMatchObject({
      city: "jobs.cityRequired",
      salaryCurrency: "jobs.currencyRequired",
    });
    expect(await db.job.count()).toBe(before);
  });

  it("say what schooling they ask and how many months a year a monthly salary pays (学历要求, 14薪)", async () => {
    const { id } = await createJob(company.recruiter, company.ref, {
      ...REMOTE_JOB,
      education: "bachelor",
      salaryMonths: "14",
      publish: true,
    });
    const page = await getJob(null, { jobId: id });
    expect(page.education).toBe("bachelor");
    expect(page.salary).toMatchObject({ min: 30000, max: 45000, period: "month", months: 14 });
    expect(jobPostingJsonLd(page, "zh-CN", "https://renmai.test")).toMatchObject({
      educationRequirements: {
        "@type": "EducationalOccupationalCredential",
        credentialCategory: "bachelor degree",
      },
    });
    // fourteen months of the top of the range: 45k × 14
    expect(
      yearlyCny({
        salaryMin: 30000,
        salaryMax: 45000,
        salaryCurrency: "CNY",
        salaryPeriod: "month",
        salaryMonths: 14,
      }),
    ).toBe(630_000);

    const yearly = await appErrorOf(updateJob(company.recruiter, { jobId: id }, { salaryPeriod: "year" }));
    expect(yearly.details.fields).toEqual({ salaryMonths: "jobs.salaryMonthsMonthly" });
    const tooMany = await appErrorOf(updateJob(company.recruiter, { jobId: id }, { salaryMonths: 30 }));
    expect(tooMany.details.fields).toEqual({ salaryMonths: "jobs.salaryMonthsInvalid" });
    const bad = await appErrorOf(updateJob(company.recruiter, { jobId: id }, { education: "kindergarten" }));
    expect(bad.details.fields).toEqual({ education: "invalid" });
    expect((await getJob(null, { jobId: id })).salary).toMatchObject({ period: "month", months: 14 });

    await updateJob(company.recruiter, { jobId: id }, { salaryMonths: null, education: "none" });
    const plain = await getJob(null, { jobId: id });
    expect(plain.salary?.months).toBeNull();
    expect(jobPostingJsonLd(plain, "en", "https://renmai.test")).toMatchObject({
      educationRequirements: "no requirements",
    });
  });

  it("check an edit against what is stored: a new minimum above the stored maximum is refused", async () => {
    const job = await createJob(company.recruiter, company.ref, REMOTE_JOB);
    const error = await appErrorOf(updateJob(company.recruiter, { jobId: job.id }, { salaryMin: 99999 }));
    expect(error.details.fields).toEqual({ salaryMin: "jobs.salaryMinAboveMax" });
    await updateJob(company.recruiter, { jobId: job.id }, { title: `${tag} Renamed`, salaryMax: 120000 });
    expect(
      await db.job.findUnique({ where: { id: job.id }, select: { title: true, salaryMax: true } }),
    ).toEqual({
      title: `${tag} Renamed`,
      salaryMax: 120000,
    });
    expect(await appErrorOf(updateJob(stranger, { jobId: job.id }, { title: "Mine" }))).toMatchObject({
      code: "not_found",
    });
  });

  it("close themselves when their date passes, and can't reopen until it is moved on", async () => {
    const job = await createJob(company.recruiter, company.ref, { ...REMOTE_JOB, publish: true });
    await db.job.update({ where: { id: job.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await closeExpiredJobs()).toBeGreaterThanOrEqual(1);
    expect((await getJob(null, { jobId: job.id })).status).toBe("closed");
    const reopen = await appErrorOf(setJobStatus(company.recruiter, { jobId: job.id }, { status: "open" }));
    expect(reopen).toMatchObject({ code: "conflict", messageKey: "jobs.expiredReopen" });
    await updateJob(company.recruiter, { jobId: job.id }, { expiresAt: inDays(10) });
    await setJobStatus(company.recruiter, { jobId: job.id }, { status: "open" });
    expect((await getJob(null, { jobId: job.id })).status).toBe("open");
  });

  it("end on the day picked, where the company is, whatever language or zone the reader has", async () => {
    const day = inDays(20);
    const job = await createJob(company.recruiter, company.ref, { ...REMOTE_JOB, expiresAt: day });
    const stored = async () =>
      (await db.job.findUniqueOrThrow({ where: { id: job.id }, select: { expiresAt: true } })).expiresAt;
    // the page is in Asia/Shanghai (the default): the day ends at 15:59:59 UTC
    expect((await stored()).toISOString()).toBe(`${day}T15:59:59.000Z`);
    expect(dayIn(await stored(), "Asia/Shanghai")).toBe(day);
    await db.company.update({ where: { slug: company.slug }, data: { timeZone: "America/Los_Angeles" } });
    await updateJob(company.recruiter, { jobId: job.id }, { expiresAt: day });
    expect(dayIn(await stored(), "America/Los_Angeles")).toBe(day);
    expect((await getJob(company.recruiter, { jobId: job.id })).company.timeZone).toBe("America/Los_Angeles");
    await db.company.update({ where: { slug: company.slug }, data: { timeZone: "Asia/Shanghai" } });
  });

  it("carry schema.org JobPosting with every required property", async () => {
    const remote = await createJob(company.recruiter, company.ref, { ...REMOTE_JOB, publish: true });
    const page = await getJob(null, { jobId: remote.id });
    const ld = jobPostingJsonLd(page, "en", "https://renmai.example");
    expect(ld).toMatchObject({
      "@type": "JobPosting",
      title: REMOTE_JOB.title,
      datePosted: page.publishedAt,
      validThrough: page.expiresAt,
      hiringOrganization: { "@type": "Organization", name: `${tag} Jobs Co` },
      jobLocationType: "TELECOMMUTE",
      applicantLocationRequirements: [
        { "@type": "Country", name: "CN" },
        { "@type": "Country", name: "SG" },
      ],
      baseSalary: { currency: "CNY", value: { minValue: 30000, maxValue: 45000, unitText: "MONTH" } },
      employmentType: "FULL_TIME",
    });
    expect(ld.description).toContain("<strong>React</strong>");
    expect(ld.description).toContain("<li>负责前端架构</li>");
    const onSite = await createJob(company.recruiter, company.ref, {
      ...REMOTE_JOB,
      workplace: "on_site",
      city: "杭州",
      country: "CN",
      salaryMin: "",
      salaryMax: "",
      publish: true,
    });
    const onSiteLd = jobPostingJsonLd(await getJob(null, { jobId: onSite.id }), "zh-CN", "https://r.example");
    expect(onSiteLd).toMatchObject({
      jobLocation: { address: { addressLocality: "杭州", addressCountry: "CN" } },
      hiringOrganization: { name: `${tag}招聘公司` },
    });
    expect(onSiteLd).not.toHaveProperty("baseSalary");
    expect(onSiteLd).not.toHaveProperty("jobLocationType");
  });

  it("are saved by members to come back to", async () => {
    const job = await createJob(company.recruiter, company.ref, { ...REMOTE_JOB, publish: true });
    await saveJob(stranger, { jobId: job.id });
    await saveJob(stranger, { jobId: job.id });
    expect((await listSavedJobs(stranger, {})).items.map((j) => j.id)).toContain(job.id);
    expect((await getJob(stranger, { jobId: job.id })).viewer.isSaved).toBe(true);
    expect(await appErrorOf(saveJob(null, { jobId: job.id }))).toMatchObject({ code: "unauthenticated" });
  });
});

describe("job search", () => {
  let hangzhou: string, shanghai: string, friendCompanyJob: string, draft: string;
  let viewer: Member;

  beforeAll(async () => {
    await syncIndexes();
    company ??= await newHiringCompany();
    const other = await newHiringCompany("Friends Co");
    viewer = await createMember();
    const friend = await createMember();
    await db.connection.createMany({
      data: [
        { userId: viewer.id, otherId: friend.id },
        { userId: friend.id, otherId: viewer.id },
      ],
    });
    const otherCompany = await db.company.findUniqueOrThrow({ where: { slug: other.slug } });
    await db.position.create({
      data: {
        profileId: friend.id,
        companyName: otherCompany.nameEn!,
        companyId: otherCompany.id,
        title: "Engineer",
        startDate: new Date("2020-01-01"),
        sortOrder: 0,
      },
    });
    const onSite = { ...REMOTE_JOB, workplace: "on_site", country: "CN", publish: true };
    hangzhou = (
      await createJob(company.recruiter, company.ref, {
        ...onSite,
        city: "杭州",
        title: `${searchTag} 产品经理`,
      })
    ).id;
    shanghai = (
      await createJob(company.recruiter, company.ref, {
        ...onSite,
        city: "上海",
        title: `${searchTag} 产品经理`,
      })
    ).id;
    friendCompanyJob = (
      await createJob(other.recruiter, other.ref, {
        ...REMOTE_JOB,
        title: `${searchTag} 产品经理 remote`,
        publish: true,
      })
    ).id;
    draft = (
      await createJob(company.recruiter, company.ref, {
        ...onSite,
        city: "杭州",
        title: `${searchTag} 产品经理`,
        publish: false,
      })
    ).id;
    while ((await drainOutboxBatch()) > 0);
  });

  it("finds open jobs only, with facets counted and two of them combined", async () => {
    const all = await searchJobs(viewer, { q: `${searchTag} 产品经理` });
    expect(all.isDegraded).toBe(false);
    expect(all.hits.map((h) => h.id).sort()).toEqual([hangzhou, shanghai, friendCompanyJob].sort());
    expect(all.hits.map((h) => h.id)).not.toContain(draft);
    expect(all.facets.city).toEqual(
      expect.arrayContaining([
        { value: "Hangzhou", count: 1, isSelected: false, names: { zh: "杭州", en: "Hangzhou" } },
        { value: "Shanghai", count: 1, isSelected: false, names: { zh: "上海", en: "Shanghai" } },
      ]),
    );
    const two = await searchJobs(viewer, {
      q: `${searchTag} 产品经理`,
      filters: { workplace: ["on_site"], city: ["杭州"] },
    });
    expect(two.hits.map((h) => h.id)).toEqual([hangzhou]);
    // the city facet is counted without its own choice: 上海 still shows its one job
    expect(two.facets.city).toContainEqual(
      expect.objectContaining({ value: "Shanghai", count: 1, isSelected: false }),
    );
    expect(two.facets.city).toContainEqual(expect.objectContaining({ value: "Hangzhou", isSelected: true }));
  });

  it("narrows to companies where the viewer has connections", async () => {
    const network = await searchJobs(viewer, { q: `${searchTag} 产品经理`, filters: { network: ["true"] } });
    expect(network.hits.map((h) => h.id)).toEqual([friendCompanyJob]);
    expect(network.facets.network).toEqual([{ value: "true", count: 1, isSelected: true }]);
    expect(await appErrorOf(searchJobs(null, { filters: { network: ["true"] } }))).toMatchObject({
      code: "unauthenticated",
    });
  });

  it("leaves the index when a job closes, and refuses unknown filters", async () => {
    await setJobStatus(company.recruiter, { jobId: shanghai }, { status: "closed" });
    while ((await drainOutboxBatch()) > 0);
    const after = await searchJobs(viewer, { q: `${searchTag} 产品经理` });
    expect(after.hits.map((h) => h.id)).not.toContain(shanghai);
    const bad = await appErrorOf(searchJobs(viewer, { filters: { salary: ["lots"] } }));
    expect(bad).toMatchObject({ code: "validation" });
  });

  it("follows its company's new name", async () => {
    const renamed = `${searchTag}renamed`;
    await updateCompany(company.owner, company.ref, { nameEn: `${renamed} Ltd` });
    while ((await drainOutboxBatch()) > 0);
    const results = await searchJobs(viewer, { q: renamed });
    expect(results.hits.map((h) => h.id)).toContain(hangzhou);
  });

  it("falls back to PostgreSQL when Meilisearch is down", async () => {
    const { Meilisearch } = await import("meilisearch");
    const down = new Meilisearch({ host: "http://127.0.0.1:9", timeout: 500 });
    const results = await searchJobs(
      viewer,
      { q: `${searchTag} 产品经理`, filters: { city: ["杭州"] } },
      down,
    );
    expect(results.isDegraded).toBe(true);
    expect(results.hits.map((h) => h.id)).toEqual([hangzhou]);
  });
});
