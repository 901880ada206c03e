import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { findVisiblePostOrThrow } from "./find-post";
import { CommentReportSchema, PostReportSchema } from "./schemas";
import { type CONTENT_REPORT_REASONS } from "./limits";
import { assertSignedIn, type Who } from "@/lib/core/who";

async function fileReport(
  reporterId: string,
  subjectType: "post" | "comment",
  subjectId: string,
  { reason, details }: { reason: string; details?: string },
) {
  const subject = { reporterId, subjectType, subjectId };
  const fields = { reason: reason as (typeof CONTENT_REPORT_REASONS)[number], details: details ?? null };
  await db.report.upsert({
    where: { reporterId_subjectType_subjectId: subject },
    create: { ...subject, ...fields },
    update: { ...fields, status: "open" },
  });
}

/** Reports a post the viewer can see to the moderators' queue (again: the reason is updated). */
export async function reportPost(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(PostReportSchema, input);
  const { post } = await findVisiblePostOrThrow(viewer, data.postId);
  if (post.authorId === viewer.id) throw new AppError("validation", "network.notYourself");
  await fileReport(viewer.id, "post", post.id, data);
}

export async function reportComment(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const data = parseInput(CommentReportSchema, input);
  const comment = await db.comment.findUnique({
    where: { id: data.commentId },
    select: { id: true, postId: true, authorId: true, deletedAt: true },
  });
  if (!comment || comment.deletedAt) throw new AppError("not_found", "feed.commentNotFound");
  const { ties } = await findVisiblePostOrThrow(viewer, comment.postId);
  if (ties.blockedIds.has(comment.authorId)) throw new AppError("not_found", "feed.commentNotFound");
  if (comment.authorId === viewer.id) throw new AppError("validation", "network.notYourself");
  await fileReport(viewer.id, "comment", comment.id, data);
}
