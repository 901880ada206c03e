import "server-only";
import { decodeCursor, PageQuerySchema, toPage, type Page } from "@/lib/api/pagination";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { z } from "zod";
import { jobById } from "./find-job";
import { JOB_CARD_SELECT, toJobCard, type JobCard } from "./job-card";
import { JobRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";

/** Saves a job to come back to (saving twice is harmless). */
export async function saveJob(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const job = await jobById(viewer, input);
  await db.savedJob.createMany({ data: [{ userId: viewer.id, jobId: job.id }], skipDuplicates: true });
}

export async function unsaveJob(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { jobId } = parseInput(JobRefSchema, input);
  await db.savedJob.deleteMany({ where: { userId: viewer.id, jobId } });
}

const SavedCursor = z.object({ at: z.iso.datetime(), id: z.string() });

/** The viewer's saved jobs, last saved first (closed ones too, marked so; drafts they can no longer see not). */
export async function listSavedJobs(
  viewer: Who,
  input: unknown,
): Promise<Page<JobCard & { savedAt: string }>> {
  assertSignedIn(viewer);
  const { cursor, limit } = parseInput(PageQuerySchema, input);
  const after = decodeCursor(cursor, SavedCursor);
  const rows = await db.savedJob.findMany({
    where: {
      userId: viewer.id,
      job: { status: { not: "draft" } },
      ...(after && {
        OR: [
          { createdAt: { lt: new Date(after.at) } },
          { createdAt: new Date(after.at), jobId: { lt: after.id } },
        ],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { jobId: "desc" }],
    take: limit + 1,
    select: { createdAt: true, job: { select: JOB_CARD_SELECT } },
  });
  const items = rows.map((row) => ({ ...toJobCard(row.job), savedAt: row.createdAt.toISOString() }));
  return toPage(items, limit, (last) => ({ at: last.savedAt, id: last.id }));
}
