import "server-only";
import { companyWithRight } from "@/lib/companies/find-company";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { StageNameSchema, type StageName } from "./schemas";
import type { Who } from "@/lib/core/who";

export type StageNames = Partial<Record<StageName, string>>;

/** Each company's own names for its pipeline stages (a stage without one keeps the standard name). */
export async function stageNamesOf(companyIds: string[]): Promise<Map<string, StageNames>> {
  const ids = [...new Set(companyIds)];
  const rows = ids.length
    ? await db.companyStageName.findMany({
        where: { companyId: { in: ids } },
        select: { companyId: true, stage: true, name: true },
      })
    : [];
  const names = new Map<string, StageNames>();
  for (const row of rows) names.set(row.companyId, { ...names.get(row.companyId), [row.stage]: row.name });
  return names;
}

/** Renames a stage for the company's pipelines; an empty name gives the standard one back. Hiring team. */
export async function renameStage(viewer: Who, companyRef: unknown, input: unknown) {
  const { company } = await companyWithRight(viewer, companyRef, "hire");
  const { stage, name } = parseInput(StageNameSchema, input);
  const key = { companyId_stage: { companyId: company.id, stage } };
  if (name === null) await db.companyStageName.deleteMany({ where: { companyId: company.id, stage } });
  else
    await db.companyStageName.upsert({
      where: key,
      create: { companyId: company.id, stage, name },
      update: { name },
    });
}
