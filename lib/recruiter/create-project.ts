import "server-only";
import { companyWithRight } from "@/lib/companies/find-company";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import type { Who } from "@/lib/core/who";
import { ProjectSchema } from "./schemas";

export async function createProject(viewer: Who, companyRef: unknown, input: unknown) {
  const { company, viewer: creator } = await companyWithRight(viewer, companyRef, "hire");
  const fields = parseInput(ProjectSchema, input);
  return db.talentProject.create({
    data: { ...fields, companyId: company.id, createdById: creator.id },
    select: { id: true, name: true },
  });
}
