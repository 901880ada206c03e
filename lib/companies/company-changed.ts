import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { emit } from "@/lib/core/events";

/** Says, in the writer's transaction, that these parts of what a page shows changed (lib/core/domain-events.ts). */
export function emitCompanyChanged(
  tx: Prisma.TransactionClient,
  company: { id: string; slug: string },
  ...parts: string[]
) {
  return emit(tx, { type: "company.changed", companyId: company.id, slugs: [company.slug], parts });
}
