import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { companyWithRight } from "@/lib/companies/find-company";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { jobWithRight } from "./find-job";
import { deadlineAt, DEFAULT_OPEN_DAYS, JobCreateSchema, JobRulesSchema, JobUpdateSchema } from "./schemas";
import type { Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

type Question = { kind: "yes_no" | "number" | "text"; prompt: string; isRequired: boolean };

const DAY = 24 * 60 * 60 * 1000;

const questionRows = (questions: Question[]) =>
  questions.map((question, sortOrder) => ({ ...question, sortOrder }));

/** Posts a job for a company: its admins and recruiters. A draft unless `publish` is set. */
export async function createJob(viewer: Who, companyRef: unknown, input: unknown) {
  const { company, viewer: poster } = await companyWithRight(viewer, companyRef, "hire");
  const { publish, questions, expiresAt, ...fields } = parseInput(JobCreateSchema, input);
  const now = new Date();
  return transaction(async (tx) => {
    const job = await tx.job.create({
      data: {
        ...fields,
        companyId: company.id,
        postedById: poster.id,
        expiresAt: expiresAt
          ? deadlineAt(expiresAt, company.timeZone, now)
          : new Date(now.getTime() + DEFAULT_OPEN_DAYS * DAY),
        ...(publish && { status: "open", publishedAt: now }),
        questions: { create: questionRows(questions) },
      },
      select: { id: true, status: true },
    });
    await emit(tx, { type: "job.saved", jobId: job.id });
    return job;
  });
}

/**
 * Changes any of a job's fields. Questions are replaced as a whole, and only while nobody has applied (their
 * answers refer to them).
 */
export async function updateJob(viewer: Who, ref: unknown, input: unknown) {
  const { job } = await jobWithRight(viewer, ref, "hire");
  const changes = parseInput(JobUpdateSchema, input);
  const stored = await db.job.findUniqueOrThrow({ where: { id: job.id }, select: JOB_RULE_FIELDS });
  const merged = { ...stored, ...changes };
  parseInput(
    JobRulesSchema,
    Object.fromEntries(Object.keys(JOB_RULE_FIELDS).map((k) => [k, merged[k as keyof typeof merged]])),
  );
  const { questions, expiresAt, ...fields } = changes;
  const data = { ...fields, ...(expiresAt && { expiresAt: deadlineAt(expiresAt, job.companyTimeZone) }) };
  await transaction(async (tx) => {
    if (questions) await replaceQuestions(tx, job.id, questions);
    await tx.job.update({ where: { id: job.id }, data, select: { id: true } });
    await emit(tx, { type: "job.saved", jobId: job.id });
  });
  return { id: job.id };
}

const JOB_RULE_FIELDS = {
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  salaryMonths: true,
  workplace: true,
  city: true,
} as const;

async function replaceQuestions(tx: Prisma.TransactionClient, jobId: string, questions: Question[]) {
  if (await tx.jobApplication.findFirst({ where: { jobId }, select: { id: true } }))
    throw new AppError("conflict", "jobs.questionsLocked");
  await tx.screeningQuestion.deleteMany({ where: { jobId } });
  await tx.screeningQuestion.createMany({ data: questionRows(questions).map((q) => ({ ...q, jobId })) });
}
