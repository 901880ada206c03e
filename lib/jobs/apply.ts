import "server-only";
import { emit, transaction } from "@/lib/core/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { fileStorage } from "@/lib/storage";
import { parseInput } from "@/lib/validation";
import { checkAnswers } from "./answers";
import { jobById } from "./find-job";
import { canApplyOnRenmai } from "./policy";
import { readResume, storeResume } from "./resume";
import { ApplySchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2002";

/**
 * Applies to a job with the member's profile, the answers to its screening questions and, if given, a PDF
 * résumé (a form's File). Everything is checked before anything is stored; applying twice is refused.
 */
export async function applyToJob(viewer: Who, ref: unknown, input: unknown, resume?: unknown) {
  assertSignedIn(viewer);
  const job = await jobById(viewer, ref);
  if (!canApplyOnRenmai(job))
    throw new AppError("conflict", job.applyUrl ? "jobs.appliesElsewhere" : "jobs.notOpen");
  const { email, phone, answers: given } = parseInput(ApplySchema, input);
  const questions = await db.screeningQuestion.findMany({
    where: { jobId: job.id },
    orderBy: { sortOrder: "asc" },
    select: { id: true, kind: true, prompt: true, isRequired: true },
  });
  const answers = checkAnswers(questions, given);
  const hasResume = resume instanceof Blob && resume.size > 0;
  const file = hasResume ? await readResume(resume) : null;
  if (await hasApplied(viewer.id, job.id)) throw new AppError("conflict", "jobs.alreadyApplied");
  const resumeKey = file ? await storeResume(viewer.id, file.bytes) : null;
  try {
    return await transaction(async (tx) => {
      const application = await tx.jobApplication.create({
        data: {
          jobId: job.id,
          applicantId: viewer.id,
          email,
          phone: phone ?? null,
          answers,
          resumeKey,
          resumeName: file?.name ?? null,
          resumeSize: file?.bytes.length ?? null,
        },
        select: { id: true, stage: true, createdAt: true },
      });
      await tx.job.update({ where: { id: job.id }, data: { applicantCount: { increment: 1 } } });
      await emit(tx, {
        type: "application.submitted",
        applicationId: application.id,
        jobId: job.id,
        companyId: job.companyId,
        applicantId: viewer.id,
      });
      return { ...application, createdAt: application.createdAt.toISOString() };
    });
  } catch (error) {
    if (resumeKey)
      await fileStorage()
        .delete([resumeKey])
        .catch((err) => log.warn({ err }, "résumé left behind"));
    if (isUniqueViolation(error)) throw new AppError("conflict", "jobs.alreadyApplied");
    throw error;
  }
}

const hasApplied = async (applicantId: string, jobId: string) =>
  !!(await db.jobApplication.findUnique({
    where: { jobId_applicantId: { jobId, applicantId } },
    select: { id: true },
  }));
