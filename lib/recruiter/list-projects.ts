import "server-only";
import { COMPANY_RIGHTS } from "@/lib/companies/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Who } from "@/lib/core/who";

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
