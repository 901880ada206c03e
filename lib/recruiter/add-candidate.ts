import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { otherVisibleMember } from "@/lib/network/members";
import { parseInput } from "@/lib/validation";
import type { Who } from "@/lib/core/who";
import { AddCandidateSchema } from "./schemas";
import { projectForTeam } from "./project-for-team";

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
