import "server-only";
import { db } from "@/lib/db";
import { memberByHandle } from "@/lib/network/members";
import { parseInput } from "@/lib/validation";
import type { Who } from "@/lib/core/who";
import { AddCandidateSchema } from "./schemas";
import { projectForTeam } from "./project-for-team";

export async function removeCandidate(viewer: Who, ref: unknown, handleInput: unknown) {
  const project = await projectForTeam(viewer, ref);
  const { handle } = parseInput(AddCandidateSchema.pick({ handle: true }), handleInput);
  const member = await memberByHandle(handle);
  await db.talentCandidate.deleteMany({ where: { projectId: project.id, userId: member.userId } });
}
