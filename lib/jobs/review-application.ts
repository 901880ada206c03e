import "server-only";
import { db } from "@/lib/db";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import type { Answer } from "./answers";
import { applicationForTeam } from "./find-application";
import { NoteSchema, RatingSchema, type StageName } from "./schemas";
import { stageNamesOf } from "./stage-names";
import type { Who } from "@/lib/core/who";

/** One application as the hiring team reviews it: the applicant, their answers, résumé, notes and ratings. */
export async function reviewApplication(viewer: Who, ref: unknown) {
  const found = await applicationForTeam(viewer, ref);
  const [application, ratings, names] = await Promise.all([
    db.jobApplication.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true,
        stage: true,
        email: true,
        phone: true,
        answers: true,
        resumeName: true,
        resumeSize: true,
        decisionNote: true,
        createdAt: true,
        stageChangedAt: true,
        applicant: {
          select: {
            ...PERSON_SELECT,
            profile: {
              select: {
                ...PERSON_SELECT.profile.select,
                city: true,
                positions: {
                  where: { endDate: null },
                  orderBy: { sortOrder: "asc" },
                  take: 1,
                  select: { title: true, companyName: true },
                },
              },
            },
          },
        },
        notes: {
          orderBy: { createdAt: "asc" },
          select: { id: true, text: true, createdAt: true, author: { select: PERSON_SELECT } },
        },
      },
    }),
    db.applicationRating.findMany({
      where: { applicationId: found.id },
      select: { raterId: true, stars: true },
    }),
    stageNamesOf([found.job.companyId]),
  ]);
  const { applicant, notes, ...rest } = application;
  const current = applicant.profile?.positions[0];
  const total = ratings.reduce((sum, r) => sum + r.stars, 0);
  return {
    ...rest,
    stage: rest.stage as StageName,
    stageNames: names.get(found.job.companyId) ?? {},
    job: { id: found.job.id, title: found.job.title, companySlug: found.job.company.slug },
    answers: rest.answers as Answer[],
    hasResume: rest.resumeName !== null,
    createdAt: rest.createdAt.toISOString(),
    stageChangedAt: rest.stageChangedAt.toISOString(),
    applicant: {
      ...toPerson(applicant),
      city: applicant.profile?.city ?? null,
      current: current ? { title: current.title, company: current.companyName } : null,
    },
    notes: notes.map((note) => ({
      id: note.id,
      text: note.text,
      createdAt: note.createdAt.toISOString(),
      author: note.author ? toPerson(note.author) : null,
    })),
    rating: {
      average: ratings.length ? Math.round((total / ratings.length) * 10) / 10 : null,
      count: ratings.length,
      mine: ratings.find((r) => r.raterId === viewer?.id)?.stars ?? null,
    },
  };
}
export type ApplicationReview = Awaited<ReturnType<typeof reviewApplication>>;

/** A note on an application, for the hiring team's eyes only. */
export async function addApplicationNote(viewer: Who, ref: unknown, input: unknown) {
  const application = await applicationForTeam(viewer, ref);
  const { text } = parseInput(NoteSchema, input);
  const note = await db.applicationNote.create({
    data: { applicationId: application.id, authorId: viewer!.id, text },
    select: { id: true, createdAt: true },
  });
  return { id: note.id, text, createdAt: note.createdAt.toISOString() };
}

/** The viewer's 1–5 rating of an application (rating again replaces theirs). */
export async function rateApplication(viewer: Who, ref: unknown, input: unknown) {
  const application = await applicationForTeam(viewer, ref);
  const { stars } = parseInput(RatingSchema, input);
  await db.applicationRating.upsert({
    where: { applicationId_raterId: { applicationId: application.id, raterId: viewer!.id } },
    create: { applicationId: application.id, raterId: viewer!.id, stars },
    update: { stars },
  });
  return { stars };
}
