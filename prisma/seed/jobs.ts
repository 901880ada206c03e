// The demo's jobs: about ten for each company page in its language (some in the other), in every state, with
// salaries, remote jobs and screening questions; applications in every stage of the pipeline with answers,
// résumés, notes and ratings; two recruiters (王芳 at 杭州云帆科技, James Walker at Northwind Software); saved jobs
// and application news for the featured members.
import type { Faker } from "@faker-js/faker";
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { PrismaClient } from "@/generated/prisma/client";
import { storeResume } from "@/lib/jobs/resume";
import { STAGES, type StageName } from "@/lib/jobs/schemas";
import { describeJob, JOB_POOLS, SCREENING_QUESTIONS, type JobTemplate } from "./job-content";

const DAY_MS = 86_400_000;
const HAN = /\p{Script=Han}/u;
/** [company slug, recruiter's email]: both companies are verified */
export const RECRUITERS = [
  ["yunfan-tech", "wang.fang@renmai.example"],
  ["northwind-software", "james.walker@renmai.example"],
] as const;
// where a featured member's applications stand, one job each
const FEATURED_STAGES: StageName[] = ["interview", "screening", "applied", "offer", "rejected"];
const CURRENCY_OF: Record<string, string> = {
  DE: "EUR",
  NL: "EUR",
  PT: "EUR",
  ES: "EUR",
  GB: "GBP",
  SG: "SGD",
  HK: "HKD",
};

type SeedCompany = Awaited<ReturnType<typeof loadCompanies>>[number];

function loadCompanies(db: PrismaClient) {
  return db.company.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      nameZh: true,
      nameEn: true,
      industry: true,
      city: true,
      country: true,
      website: true,
      locations: { select: { city: true } },
      admins: { orderBy: { role: "asc" }, select: { userId: true } },
      relations: { where: { kind: "employee" }, select: { userId: true } },
    },
  });
}

function seniorityOf(title: string, k: number) {
  if (/实习|Intern/i.test(title)) return "internship" as const;
  if (/Director|总监/.test(title)) return "director" as const;
  if (/高级|Senior|Manager|经理|主管|Lead|Attorney|律师/.test(title)) return "mid_senior" as const;
  return (["entry", "associate", "mid_senior"] as const)[k % 3]!;
}

/** A salary in the company's currency: yuan a month in China, a year elsewhere. */
function salaryOf(company: SeedCompany, isChinese: boolean, k: number, seniority: string) {
  if (k % 6 === 5) return {};
  const level =
    { internship: 0.25, entry: 0.6, associate: 0.8, mid_senior: 1.2, director: 2, executive: 3 }[seniority] ??
    1;
  if (company.country === "CN" || (!company.country && isChinese)) {
    const min = Math.round((12_000 * level + (k % 4) * 2_000) / 1000) * 1000;
    return {
      salaryMin: min,
      salaryMax: Math.round(min * 1.5),
      salaryCurrency: "CNY",
      salaryPeriod: "month" as const,
      // 13薪 and 14薪 are common; some pay twelve months
      salaryMonths: [null, 13, 14, 13, 15][k % 5] ?? null,
    };
  }
  const min = Math.round((52_000 * level + (k % 5) * 4_000) / 1000) * 1000;
  const currency = CURRENCY_OF[company.country ?? ""] ?? "USD";
  return {
    salaryMin: min,
    salaryMax: Math.round(min * 1.3),
    salaryCurrency: currency,
    salaryPeriod: "year" as const,
  };
}

/** What most postings at each level ask for in school (学历要求). */
const EDUCATION_OF: Record<string, "associate" | "bachelor" | "master"> = {
  internship: "associate",
  associate: "bachelor",
  mid_senior: "bachelor",
  director: "master",
};

const statusOf = (k: number) =>
  k % 10 === 9 ? "closed" : k > 0 && k % 10 === 8 ? "draft" : k % 13 === 7 ? "paused" : "open";

async function resumePdf(name: string, headline: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  // the standard fonts carry Latin letters only: what is left of a Chinese name may be nothing
  const latin = (text: string) => text.replace(/[^\x20-\x7e]/g, "").trim();
  page.drawText(latin(name) || "Resume", { x: 56, y: 770, size: 24, font });
  page.drawText(latin(headline) || "Curriculum vitae", { x: 56, y: 740, size: 12, font });
  return Buffer.from(await pdf.save());
}

export async function seedJobs(db: PrismaClient, faker: Faker, featuredEmails: string[]) {
  const companies = await loadCompanies(db);
  const members = await db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, locale: true, profile: { select: { headline: true } } },
  });
  const byEmail = new Map(members.map((m) => [m.email, m]));
  const featured = featuredEmails.flatMap((email) => byEmail.get(email) ?? []);
  const [zhang, maria] = featured;
  const recruiterOf = new Map<string, string>();
  for (const [slug, email] of RECRUITERS) {
    const company = companies.find((c) => c.slug === slug);
    const recruiter = byEmail.get(email);
    if (!company || !recruiter) continue;
    recruiterOf.set(company.id, recruiter.id);
    await db.companyAdmin.createMany({
      data: [{ companyId: company.id, userId: recruiter.id, role: "recruiter" }],
      skipDuplicates: true,
    });
  }

  let jobCount = 0;
  let applicationCount = 0;
  const openJobs: { id: string; isChinese: boolean }[] = [];
  for (const [i, company] of companies.entries()) {
    const pool = JOB_POOLS[company.industry ?? ""] ?? JOB_POOLS.software!;
    const isChineseCompany = HAN.test(company.city ?? "");
    const team = [
      ...new Set([recruiterOf.get(company.id), ...company.admins.map((a) => a.userId)].filter((id) => !!id)),
    ] as string[];
    const insiders = new Set([...team, ...company.relations.map((r) => r.userId)]);
    const outsiders = members.filter((m) => !insiders.has(m.id) && m.id !== zhang?.id && m.id !== maria?.id);
    const cities = [company.city, ...company.locations.map((l) => l.city)].filter((c): c is string => !!c);
    const count = 8 + (i % 5);
    for (let k = 0; k < count; k++) {
      const isChinese = isChineseCompany ? k % 4 !== 3 : !!company.nameZh && k % 5 === 4;
      const templates: JobTemplate[] = isChinese ? pool.zh : pool.en;
      const template = templates[k % templates.length]!;
      const lap = Math.floor(k / templates.length);
      const city = cities[(k + lap) % cities.length] ?? null;
      const workplace = k % 5 === 2 ? "remote" : k % 5 === 4 ? "hybrid" : "on_site";
      const seniority = seniorityOf(template.title, k);
      const status = statusOf(k);
      const published = new Date(Date.now() - ((i * 7 + k * 3) % 29) * DAY_MS - ((i + k) % 20) * 3_600_000);
      const companyLabel =
        (isChinese ? company.nameZh : company.nameEn) ?? company.nameZh ?? company.nameEn ?? "";
      const job = await db.job.create({
        data: {
          companyId: company.id,
          postedById: team[0] ?? null,
          title: lap > 0 && city ? `${template.title} · ${city}` : template.title,
          description: describeJob(template, companyLabel, isChinese),
          city: workplace === "remote" && k % 2 === 0 ? null : city,
          country: company.country,
          workplace,
          remoteCountries: workplace === "remote" && k % 3 !== 0 && company.country ? [company.country] : [],
          employmentType: seniority === "internship" ? "internship" : k % 9 === 8 ? "contract" : "full_time",
          seniority,
          education: EDUCATION_OF[seniority] ?? (k % 4 === 0 ? "none" : null),
          ...salaryOf(company, isChinese, k, seniority),
          requiredSkills: template.skills,
          niceSkills: template.nice,
          applyUrl: k % 11 === 10 && company.website ? `${company.website.replace(/\/$/, "")}/careers` : null,
          status,
          publishedAt: status === "draft" ? null : published,
          expiresAt: new Date(published.getTime() + (status === "closed" ? 20 : 45 + (k % 3) * 15) * DAY_MS),
          closedAt: status === "closed" ? new Date(published.getTime() + 20 * DAY_MS) : null,
          createdAt: published,
          questions: {
            create:
              k % 3 === 0
                ? SCREENING_QUESTIONS[isChinese ? "zh" : "en"].map((q, n) => ({ ...q, sortOrder: n }))
                : [],
          },
        },
        select: {
          id: true,
          status: true,
          applyUrl: true,
          questions: { select: { id: true, kind: true, prompt: true } },
        },
      });
      jobCount++;
      if (job.status === "open" && !job.applyUrl) openJobs.push({ id: job.id, isChinese });
      if (job.status === "draft" || job.applyUrl) continue;
      const applicants = faker.helpers.arrayElements(outsiders, (k * 7 + i) % 9);
      for (const [j, applicant] of applicants.entries()) {
        const stage = j < 2 ? "applied" : STAGES[(j + k) % STAGES.length]!;
        await writeApplication(db, {
          jobId: job.id,
          questions: job.questions,
          applicant,
          stage,
          team,
          published,
          j,
        });
        applicationCount++;
      }
      await db.job.update({ where: { id: job.id }, data: { applicantCount: applicants.length } });
    }
  }

  // the featured members' own job search: applications in five stages, saved jobs, news of each move
  for (const [person, wantsChinese] of [
    [zhang, true],
    [maria, false],
  ] as const) {
    if (!person) continue;
    const jobs = openJobs.filter((job) => job.isChinese === wantsChinese);
    for (const [n, stage] of FEATURED_STAGES.entries()) {
      const job = jobs[n * 7];
      if (!job) continue;
      const questions = await db.screeningQuestion.findMany({
        where: { jobId: job.id },
        orderBy: { sortOrder: "asc" },
      });
      const application = await writeApplication(db, {
        jobId: job.id,
        questions,
        applicant: person,
        stage,
        team: [],
        published: new Date(Date.now() - (n + 2) * DAY_MS),
        j: n,
        withResume: true,
      });
      await db.job.update({ where: { id: job.id }, data: { applicantCount: { increment: 1 } } });
      if (stage !== "applied")
        await db.notification.create({
          data: {
            recipientId: person.id,
            kind: "application_stage",
            subjectId: application.id,
            createdAt: new Date(Date.now() - n * 3_600_000),
          },
        });
      applicationCount++;
    }
    await db.savedJob.createMany({
      data: jobs.slice(40, 43).map((job) => ({ userId: person.id, jobId: job.id })),
      skipDuplicates: true,
    });
  }
  const ids = await db.job.findMany({ select: { id: true } });
  await db.outboxEvent.createMany({
    data: ids.map((job) => ({ entity: "job", entityId: job.id, op: "upsert" as const })),
  });
  return { jobs: jobCount, applications: applicationCount };
}

async function writeApplication(
  db: PrismaClient,
  a: {
    jobId: string;
    questions: { id: string; kind: string; prompt: string }[];
    applicant: { id: string; email: string; name: string; profile: { headline: string } | null };
    stage: StageName;
    team: string[];
    published: Date;
    j: number;
    withResume?: boolean;
  },
) {
  const createdAt = new Date(
    Math.min(Date.now() - 3_600_000, a.published.getTime() + ((a.j + 1) * DAY_MS) / 2),
  );
  const answers = a.questions.map((q, n) => ({
    questionId: q.id,
    prompt: q.prompt,
    answer:
      q.kind === "yes_no"
        ? a.j % 3
          ? "yes"
          : "no"
        : q.kind === "number"
          ? String(1 + ((a.j + n) % 8))
          : HAN.test(q.prompt)
            ? "面议"
            : "One month",
  }));
  const resume =
    a.withResume || a.j % 3 === 0
      ? await resumePdf(a.applicant.name, a.applicant.profile?.headline ?? "")
      : null;
  const resumeKey = resume ? await storeResume(a.applicant.id, resume) : null;
  const reviewed = a.stage !== "applied" && a.team.length > 0;
  return db.jobApplication.create({
    data: {
      jobId: a.jobId,
      applicantId: a.applicant.id,
      email: a.applicant.email,
      stage: a.stage,
      answers,
      resumeKey,
      resumeName: resume ? "resume.pdf" : null,
      resumeSize: resume?.length ?? null,
      decisionNote:
        a.stage === "rejected" && a.j % 2 === 0
          ? "感谢您的关注，我们已选择了更匹配的候选人。Thank you — we went with another candidate."
          : null,
      createdAt,
      stageChangedAt: new Date(Math.min(Date.now(), createdAt.getTime() + DAY_MS)),
      ...(reviewed && {
        notes: {
          create: [
            {
              authorId: a.team[0]!,
              text: a.j % 2 ? "沟通顺畅，技术扎实。" : "Good fit for the team; check references.",
            },
          ],
        },
        ratings: {
          create: a.team.slice(0, 2).map((raterId, n) => ({ raterId, stars: 3 + ((a.j + n) % 3) })),
        },
      }),
    },
    select: { id: true },
  });
}
