import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberByHandle } from "@/lib/network/members";
import { parseInput } from "@/lib/validation";
import type { Who } from "@/lib/core/who";
import { AddCandidateSchema, CandidateChangeSchema } from "./schemas";
import { projectForTeam } from "./project-for-team";

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
