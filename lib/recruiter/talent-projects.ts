import "server-only";
import { z } from "zod";
import { companyWithRight } from "@/lib/companies/find-company";
import { COMPANY_RIGHTS } from "@/lib/companies/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emptyToNull, Id, paragraphsOfText, requiredLine } from "@/lib/forms/fields";
import { memberByHandle, otherVisibleMember } from "@/lib/network/members";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import { isOpenToWorkShown, recruiterSeatOf } from "./recruiter-seat";
import type { Who } from "@/lib/core/who";

export const TALENT_STAGES = [
  "sourced",
  "contacted",
  "replied",
  "interviewing",
  "hired",
  "archived",
] as const;
export type TalentStageName = (typeof TALENT_STAGES)[number];

const ProjectSchema = z.object({ name: requiredLine(80), description: paragraphsOfText(500).default("") });
const ProjectRefSchema = z.object({ projectId: Id });
const AddCandidateSchema = z.object({
  handle: z.string({ error: "invalid" }).trim().toLowerCase().min(1, "text.required").max(40),
  applicationId: z.preprocess(emptyToNull, Id.nullable()).optional(),
  note: paragraphsOfText(2000).default(""),
});
const CandidateChangeSchema = z
  .object({ stage: z.enum(TALENT_STAGES, { error: "invalid" }), note: paragraphsOfText(2000) })
  .partial();

/** A project when the viewer is on its company's hiring team; anyone else is told there is none. */
async function projectForTeam(viewer: Who, ref: unknown) {
  if (!viewer) throw new AppError("unauthenticated");
  const { projectId } = parseInput(ProjectRefSchema, ref);
  const project = await db.talentProject.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      companyId: true,
      name: true,
      description: true,
      createdAt: true,
      company: {
        select: {
          slug: true,
          nameZh: true,
          nameEn: true,
          admins: {
            where: { userId: viewer.id, role: { in: [...COMPANY_RIGHTS.hire] } },
            select: { role: true },
          },
        },
      },
    },
  });
  if (!project?.company.admins.length) throw new AppError("not_found", "recruiter.projectNotFound");
  return { ...project, viewerId: viewer.id };
}

export async function createProject(viewer: Who, companyRef: unknown, input: unknown) {
  const { company, viewer: creator } = await companyWithRight(viewer, companyRef, "hire");
  const fields = parseInput(ProjectSchema, input);
  return db.talentProject.create({
    data: { ...fields, companyId: company.id, createdById: creator.id },
    select: { id: true, name: true },
  });
}

export type ProjectSummary = {
  id: string;
  name: string;
  description: string;
  company: { slug: string; nameZh: string | null; nameEn: string | null };
  candidateCount: number;
  updatedAt: string;
};

/** The talent projects of every company the viewer hires for (the hiring team shares them). */
export async function listProjects(viewer: Who): Promise<ProjectSummary[]> {
  if (!viewer) throw new AppError("unauthenticated");
  const rows = await db.talentProject.findMany({
    where: { company: { admins: { some: { userId: viewer.id, role: { in: [...COMPANY_RIGHTS.hire] } } } } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      description: true,
      updatedAt: true,
      company: { select: { slug: true, nameZh: true, nameEn: true } },
      _count: { select: { candidates: true } },
    },
  });
  return rows.map(({ _count, updatedAt, ...row }) => ({
    ...row,
    candidateCount: _count.candidates,
    updatedAt: updatedAt.toISOString(),
  }));
}

export type ProjectCandidate = {
  person: Person & { city: string | null };
  stage: TalentStageName;
  note: string;
  addedBy: string | null;
  applicationId: string | null;
  openToWork: { isPrivate: boolean } | null;
  addedAt: string;
};

/** A project with its candidates by stage, their private notes, and the open-to-work signal a recruiter may see. */
export async function getProject(viewer: Who, ref: unknown) {
  const project = await projectForTeam(viewer, ref);
  const [rows, seat] = await Promise.all([
    db.talentCandidate.findMany({
      where: { projectId: project.id },
      orderBy: { updatedAt: "desc" },
      select: {
        stage: true,
        note: true,
        applicationId: true,
        addedAt: true,
        addedBy: { select: { name: true } },
        user: {
          select: {
            ...PERSON_SELECT,
            profile: {
              select: {
                ...PERSON_SELECT.profile.select,
                city: true,
                openToWork: true,
                openToWorkAudience: true,
                positions: {
                  where: { endDate: null, companyId: { not: null } },
                  select: { companyId: true },
                },
              },
            },
          },
        },
      },
    }),
    recruiterSeatOf({ id: project.viewerId }),
  ]);
  const { company, viewerId: _viewer, ...fields } = project;
  const candidates: ProjectCandidate[] = rows.map((row) => {
    const profile = row.user.profile;
    const signal = {
      openToWork: !!profile?.openToWork && profile.openToWorkAudience === "everyone",
      openToWorkRecruiters: !!profile?.openToWork && profile.openToWorkAudience === "recruiters",
      currentCompanyIds: profile?.positions.map((p) => p.companyId!) ?? [],
    };
    const isShown = signal.openToWork || (!!seat && isOpenToWorkShown(seat, signal));
    return {
      person: { ...toPerson(row.user), city: profile?.city ?? null },
      stage: row.stage as TalentStageName,
      note: row.note,
      addedBy: row.addedBy?.name ?? null,
      applicationId: row.applicationId,
      openToWork: isShown ? { isPrivate: !signal.openToWork } : null,
      addedAt: row.addedAt.toISOString(),
    };
  });
  return {
    ...fields,
    createdAt: fields.createdAt.toISOString(),
    company: { slug: company.slug, nameZh: company.nameZh, nameEn: company.nameEn },
    candidates,
  };
}
export type TalentProjectView = Awaited<ReturnType<typeof getProject>>;

/**
 * Adds a member to a project — from search, their profile, or an application to one of the company's jobs.
 * Adding again is harmless (the note is kept); a member blocked either way can't be added.
 */
export async function addCandidate(viewer: Who, ref: unknown, input: unknown) {
  const project = await projectForTeam(viewer, ref);
  const { handle, applicationId, note } = parseInput(AddCandidateSchema, input);
  const member = await otherVisibleMember(project.viewerId, { handle });
  if (applicationId) {
    const application = await db.jobApplication.findFirst({
      where: { id: applicationId, applicantId: member.userId, job: { companyId: project.companyId } },
      select: { id: true },
    });
    if (!application) throw new AppError("not_found", "jobs.applicationNotFound");
  }
  await db.$transaction([
    db.talentCandidate.upsert({
      where: { projectId_userId: { projectId: project.id, userId: member.userId } },
      create: {
        projectId: project.id,
        userId: member.userId,
        addedById: project.viewerId,
        applicationId: applicationId ?? null,
        note,
      },
      update: {},
    }),
    db.talentProject.update({ where: { id: project.id }, data: { updatedAt: new Date() } }),
  ]);
}

/** Moves a candidate to another stage of the project, or rewrites the team's note on them. */
export async function updateCandidate(viewer: Who, ref: unknown, handleInput: unknown, input: unknown) {
  const project = await projectForTeam(viewer, ref);
  const { handle } = parseInput(AddCandidateSchema.pick({ handle: true }), handleInput);
  const changes = parseInput(CandidateChangeSchema, input);
  const member = await memberByHandle(handle);
  const { count } = await db.talentCandidate.updateMany({
    where: { projectId: project.id, userId: member.userId },
    data: changes,
  });
  if (!count) throw new AppError("not_found", "recruiter.candidateNotFound");
}

export async function removeCandidate(viewer: Who, ref: unknown, handleInput: unknown) {
  const project = await projectForTeam(viewer, ref);
  const { handle } = parseInput(AddCandidateSchema.pick({ handle: true }), handleInput);
  const member = await memberByHandle(handle);
  await db.talentCandidate.deleteMany({ where: { projectId: project.id, userId: member.userId } });
}
