import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { JobStatus } from "@/generated/prisma/enums";
import { createCompany } from "@/lib/companies/save-company";
import { db } from "@/lib/db";
import { createMember } from "@/tests/helpers";
import { randomFrom, sorted } from "@/tests/visibility-cases";
import { isOpenJob, openJobsSql, openJobsWhere, type JobStanding } from "./job-visibility";

const STATUSES: JobStatus[] = ["draft", "open", "paused", "closed"];
const DAY = 24 * 3600 * 1000;

describe("the open-job rule", () => {
  const { random, pick } = randomFrom(7);
  const jobs: (JobStanding & { id: string })[] = [];
  const now = new Date();

  beforeAll(async () => {
    const owner = await createMember();
    const company = await createCompany(owner, { nameEn: "Open Rule Ltd", slug: `open-rule-${Date.now()}` });
    for (let n = 0; n < 40; n++)
      jobs.push(
        await db.job.create({
          data: {
            companyId: company.id,
            title: `open rule ${n}`,
            description: "…",
            workplace: "remote",
            employmentType: "full_time",
            seniority: "mid_senior",
            status: pick(STATUSES),
            expiresAt: new Date(now.getTime() + (random() - 0.5) * 60 * DAY),
          },
          select: { id: true, status: true, expiresAt: true },
        }),
      );
  });

  it("covers every status before and after its date", () => {
    const cases = new Set(jobs.map((job) => `${job.status}/${job.expiresAt > now ? "current" : "past"}`));
    expect(cases.size).toBe(STATUSES.length * 2);
  });

  it("picks the same jobs on a loaded row, in Prisma and in SQL", async () => {
    const ids = jobs.map((job) => job.id);
    const expected = sorted(jobs.filter((job) => isOpenJob(job, now)).map((job) => job.id));
    const byPrisma = await db.job.findMany({
      where: { AND: [{ id: { in: ids } }, openJobsWhere(now)] },
      select: { id: true },
    });
    expect(sorted(byPrisma.map((row) => row.id))).toEqual(expected);
    const bySql = await db.$queryRaw<{ id: string }[]>`
      SELECT j.id FROM "Job" j WHERE j.id IN (${Prisma.join(ids)}) AND ${openJobsSql("j", now)}`;
    expect(sorted(bySql.map((row) => row.id))).toEqual(expected);
  });
});
