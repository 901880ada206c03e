// The demo recruiters' own tools: a talent project each, with candidates in several stages and the team's
// notes (one of them from an application), and a saved boolean search each.
import type { PrismaClient } from "@/generated/prisma/client";
import { RECRUITERS } from "./jobs";

const PROJECTS = {
  "yunfan-tech": {
    name: "杭州产品经理人才库",
    description: "2027 年 SaaS 产品线扩张：中高级产品经理。",
    search: {
      name: "杭州产品经理（非实习）",
      query: '(产品经理 OR "product manager") AND 杭州 AND NOT 实习',
    },
    notes: ["前阿里巴巴，电商经验丰富", "已发消息，等待回复", "二面表现很好", "期望薪资偏高", "", ""],
  },
  "northwind-software": {
    name: "Frontend engineers, Berlin & remote",
    description: "Senior frontend hires for the design-system team.",
    search: { name: "React engineers", query: '(frontend OR 前端 OR "front end") AND React' },
    notes: ["Strong React portfolio", "Reached out on Renmai", "Replied: open to a call", "", "", ""],
  },
} as const;
const STAGES = ["sourced", "contacted", "replied", "interviewing", "sourced", "archived"] as const;

export async function seedTalent(db: PrismaClient) {
  for (const [slug, email] of RECRUITERS) {
    const plan = PROJECTS[slug];
    const [company, recruiter] = await Promise.all([
      db.company.findUnique({ where: { slug }, select: { id: true } }),
      db.user.findUnique({ where: { email }, select: { id: true } }),
    ]);
    if (!company || !recruiter) continue;
    // applicants to the company's jobs first (one keeps its application), then members open to work
    const applications = await db.jobApplication.findMany({
      where: { job: { companyId: company.id } },
      orderBy: { createdAt: "asc" },
      take: 3,
      select: { id: true, applicantId: true },
    });
    const seekers = await db.profile.findMany({
      where: {
        openToWork: true,
        userId: { notIn: [recruiter.id, ...applications.map((a) => a.applicantId)] },
      },
      orderBy: { createdAt: "asc" },
      take: STAGES.length - applications.length,
      select: { userId: true },
    });
    const people = [
      ...applications.map((a, i) => ({ userId: a.applicantId, applicationId: i === 0 ? a.id : null })),
      ...seekers.map((s) => ({ userId: s.userId, applicationId: null })),
    ];
    await db.talentProject.create({
      data: {
        companyId: company.id,
        createdById: recruiter.id,
        name: plan.name,
        description: plan.description,
        candidates: {
          create: [...new Map(people.map((p) => [p.userId, p])).values()].map((person, i) => ({
            ...person,
            stage: STAGES[i % STAGES.length]!,
            note: plan.notes[i] ?? "",
            addedById: recruiter.id,
          })),
        },
      },
    });
    await db.recruiterSearch.create({ data: { userId: recruiter.id, filters: {}, ...plan.search } });
  }
}
