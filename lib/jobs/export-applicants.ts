import "server-only";
import { stringify } from "csv-stringify/sync";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import type { Answer } from "./answers";
import { jobWithRight } from "./find-job";
import type { Who } from "@/lib/core/who";

/**
 * A job's applicants as CSV for the hiring team: one row each with how to reach them, their stage, rating and
 * answers (one column per screening question). Starts with a byte-order mark so spreadsheet apps read 中文.
 */
export async function exportApplicantsCsv(viewer: Who, jobRef: unknown) {
  const { job } = await jobWithRight(viewer, jobRef, "hire");
  const [questions, applications] = await Promise.all([
    db.screeningQuestion.findMany({
      where: { jobId: job.id },
      orderBy: { sortOrder: "asc" },
      select: { id: true, prompt: true },
    }),
    db.jobApplication.findMany({
      where: { jobId: job.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        stage: true,
        email: true,
        phone: true,
        answers: true,
        resumeKey: true,
        createdAt: true,
        applicant: {
          select: { name: true, profile: { select: { handle: true, headline: true, city: true } } },
        },
        ratings: { select: { stars: true } },
      },
    }),
  ]);
  const appUrl = env().APP_URL;
  const header = [
    "name",
    "headline",
    "city",
    "profile",
    "email",
    "phone",
    "stage",
    "applied_at",
    "rating",
    "resume",
  ];
  const rows = applications.map((a) => {
    const answers = new Map((a.answers as Answer[]).map((answer) => [answer.questionId, answer.answer]));
    const stars = a.ratings.map((r) => r.stars);
    return [
      a.applicant.name,
      a.applicant.profile?.headline ?? "",
      a.applicant.profile?.city ?? "",
      a.applicant.profile ? `${appUrl}/in/${a.applicant.profile.handle}` : "",
      a.email,
      a.phone ?? "",
      a.stage,
      a.createdAt.toISOString(),
      stars.length ? (stars.reduce((x, y) => x + y, 0) / stars.length).toFixed(1) : "",
      a.resumeKey ? `${appUrl}/api/v1/applications/${a.id}/resume` : "",
      ...questions.map((q) => answers.get(q.id) ?? ""),
    ];
  });
  const csv = stringify([[...header, ...questions.map((q) => q.prompt)], ...rows]);
  return { filename: `applicants-${job.id}.csv`, csv: `\uFEFF${csv}` };
}
