import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { emit, transaction } from "@/lib/core/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import { applicationForTeam } from "./find-application";
import { jobWithRight } from "./find-job";
import { BulkRejectSchema, MoveSchema, STAGES, type StageName } from "./schemas";
import { stageNamesOf, type StageNames } from "./stage-names";
import type { Who } from "@/lib/core/who";

/** The most applications one column of the board shows (the count says how many there are). */
const COLUMN_LIMIT = 100;

export type BoardCard = {
  id: string;
  applicant: Person & { city: string | null };
  stage: StageName;
  hasResume: boolean;
  ratingAverage: number | null;
  ratingCount: number;
  noteCount: number;
  createdAt: string;
};
export type Board = {
  job: { id: string; title: string; status: string; companyId: string };
  stageNames: StageNames;
  columns: { stage: StageName; count: number; cards: BoardCard[] }[];
};

/** A job's applicants by stage, for its company's hiring team. */
export async function getPipeline(viewer: Who, jobRef: unknown): Promise<Board> {
  const { job } = await jobWithRight(viewer, jobRef, "hire");
  const [counts, rows, names] = await Promise.all([
    db.jobApplication.groupBy({ by: ["stage"], where: { jobId: job.id }, _count: { _all: true } }),
    Promise.all(
      STAGES.map((stage) =>
        db.jobApplication.findMany({
          where: { jobId: job.id, stage },
          orderBy: [{ stageChangedAt: "desc" }, { id: "desc" }],
          take: COLUMN_LIMIT,
          select: CARD_SELECT,
        }),
      ),
    ),
    stageNamesOf([job.companyId]),
  ]);
  const ratings = await ratingsOf(rows.flat().map((row) => row.id));
  return {
    job: { id: job.id, title: job.title, status: job.status, companyId: job.companyId },
    stageNames: names.get(job.companyId) ?? {},
    columns: STAGES.map((stage, i) => ({
      stage,
      count: counts.find((c) => c.stage === stage)?._count._all ?? 0,
      cards: rows[i]!.map((row) => toCard(row, ratings.get(row.id))),
    })),
  };
}

const CARD_SELECT = {
  id: true,
  stage: true,
  resumeKey: true,
  createdAt: true,
  applicant: {
    select: { ...PERSON_SELECT, profile: { select: { ...PERSON_SELECT.profile.select, city: true } } },
  },
  _count: { select: { notes: true } },
} satisfies Prisma.JobApplicationSelect;

function toCard(
  row: Prisma.JobApplicationGetPayload<{ select: typeof CARD_SELECT }>,
  rating: { average: number; count: number } | undefined,
): BoardCard {
  return {
    id: row.id,
    applicant: { ...toPerson(row.applicant), city: row.applicant.profile?.city ?? null },
    stage: row.stage as StageName,
    hasResume: row.resumeKey !== null,
    ratingAverage: rating?.average ?? null,
    ratingCount: rating?.count ?? 0,
    noteCount: row._count.notes,
    createdAt: row.createdAt.toISOString(),
  };
}

async function ratingsOf(applicationIds: string[]) {
  if (!applicationIds.length) return new Map<string, { average: number; count: number }>();
  const rows = await db.applicationRating.groupBy({
    by: ["applicationId"],
    where: { applicationId: { in: applicationIds } },
    _avg: { stars: true },
    _count: { _all: true },
  });
  return new Map(
    rows.map((row) => [
      row.applicationId,
      { average: Math.round((row._avg.stars ?? 0) * 10) / 10, count: row._count._all },
    ]),
  );
}

/** Moves an application to another stage; the applicant is told (their "My jobs" shows the new one). */
export async function moveApplication(viewer: Who, ref: unknown, input: unknown) {
  const application = await applicationForTeam(viewer, ref);
  const { stage } = parseInput(MoveSchema, input);
  if (stage === application.stage) return { id: application.id, stage };
  await transaction(async (tx) => {
    await tx.jobApplication.update({
      where: { id: application.id },
      data: { stage, stageChangedAt: new Date(), ...(stage !== "rejected" && { decisionNote: null }) },
      select: { id: true },
    });
    await emit(tx, {
      type: "applications.moved",
      applications: [{ id: application.id, applicantId: application.applicantId }],
    });
  });
  return { id: application.id, stage };
}

/** Declines several applicants of one job at once, with an optional message each of them sees. */
export async function rejectApplications(viewer: Who, jobRef: unknown, input: unknown) {
  const { job } = await jobWithRight(viewer, jobRef, "hire");
  const { applicationIds, message } = parseInput(BulkRejectSchema, input);
  const applications = await db.jobApplication.findMany({
    where: { id: { in: applicationIds }, jobId: job.id },
    select: { id: true, applicantId: true, stage: true },
  });
  if (applications.length !== new Set(applicationIds).size)
    throw new AppError("not_found", "jobs.applicationNotFound");
  const changing = applications.filter((a) => a.stage !== "rejected" || message);
  await transaction(async (tx) => {
    await tx.jobApplication.updateMany({
      where: { id: { in: changing.map((a) => a.id) } },
      data: { stage: "rejected", stageChangedAt: new Date(), decisionNote: message ?? null },
    });
    if (changing.length)
      await emit(tx, {
        type: "applications.moved",
        applications: changing.map(({ id, applicantId }) => ({ id, applicantId })),
      });
  });
  return { rejected: changing.length };
}
