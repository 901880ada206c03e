import "server-only";

import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { jobWithRight } from "./find-job";
import { JobStatusChangeSchema, type JobStatusName } from "./schemas";
import type { Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

/** Where a job may go from each state: a closed job can open again once its date is moved on. */
const NEXT: Record<JobStatusName, readonly JobStatusName[]> = {
  draft: ["open", "closed"],
  open: ["paused", "closed"],
  paused: ["open", "closed"],
  closed: ["open"],
};

/** Publishes, pauses, closes or reopens a job: its company's hiring team. */
export async function setJobStatus(viewer: Who, ref: unknown, input: unknown) {
  const { job } = await jobWithRight(viewer, ref, "hire");
  const { status } = parseInput(JobStatusChangeSchema, input);
  if (status === job.status) return { id: job.id, status };
  if (!NEXT[job.status].includes(status)) throw new AppError("conflict", "jobs.cannotChangeStatus");
  const now = new Date();
  if (status === "open" && job.expiresAt <= now) throw new AppError("conflict", "jobs.expiredReopen");
  await transaction(async (tx) => {
    await tx.job.update({
      where: { id: job.id },
      data: {
        status,
        closedAt: status === "closed" ? now : null,
        ...(status === "open" && job.status === "draft" && { publishedAt: now }),
      },
      select: { id: true },
    });
    await emit(tx, { type: "job.status.changed", jobId: job.id, status });
  });
  return { id: job.id, status };
}

/** Closes every open or paused job past its date (the worker runs this on a schedule). */
export async function closeExpiredJobs(now = new Date()) {
  return transaction(async (tx) => {
    const expired = await tx.job.findMany({
      where: { status: { in: ["open", "paused"] }, expiresAt: { lte: now } },
      select: { id: true },
      take: 5000,
    });
    if (!expired.length) return 0;
    const ids = expired.map((job) => job.id);
    await tx.job.updateMany({ where: { id: { in: ids } }, data: { status: "closed", closedAt: now } });
    await emit(tx, { type: "jobs.closed", jobIds: ids });
    return ids.length;
  });
}
