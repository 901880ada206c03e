import "server-only";
import { z } from "zod";
import { decodeCursor, PageQuerySchema, toPage, type Page } from "@/lib/api/pagination";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { JOB_CARD_SELECT, toJobCard, type JobCard } from "./job-card";
import type { StageName } from "./schemas";
import { stageNamesOf } from "./stage-names";
import { assertSignedIn, type Who } from "@/lib/core/who";

export type MyApplication = {
  id: string;
  job: JobCard;
  stage: StageName;
  /** the company's own name for the stage, when it gave one */
  stageName: string | null;
  decisionNote: string | null;
  hasResume: boolean;
  createdAt: string;
  stageChangedAt: string;
};

const Cursor = z.object({ at: z.iso.datetime(), id: z.string() });

/** "My jobs": the viewer's applications, newest first, each with where it stands. Notes and ratings never. */
export async function listMyApplications(viewer: Who, input: unknown): Promise<Page<MyApplication>> {
  assertSignedIn(viewer);
  const { cursor, limit } = parseInput(PageQuerySchema, input);
  const after = decodeCursor(cursor, Cursor);
  const rows = await db.jobApplication.findMany({
    where: {
      applicantId: viewer.id,
      ...(after && {
        OR: [
          { createdAt: { lt: new Date(after.at) } },
          { createdAt: new Date(after.at), id: { lt: after.id } },
        ],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      stage: true,
      decisionNote: true,
      resumeKey: true,
      createdAt: true,
      stageChangedAt: true,
      job: { select: { ...JOB_CARD_SELECT, companyId: true } },
    },
  });
  const names = await stageNamesOf(rows.map((row) => row.job.companyId));
  const items = rows.map((row) => ({
    id: row.id,
    job: toJobCard(row.job),
    stage: row.stage as StageName,
    stageName: names.get(row.job.companyId)?.[row.stage as StageName] ?? null,
    decisionNote: row.decisionNote,
    hasResume: row.resumeKey !== null,
    createdAt: row.createdAt.toISOString(),
    stageChangedAt: row.stageChangedAt.toISOString(),
  }));
  return toPage(items, limit, (last) => ({ at: last.createdAt, id: last.id }));
}
