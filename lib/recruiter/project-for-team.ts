import "server-only";
import { COMPANY_RIGHTS } from "@/lib/companies/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { Who } from "@/lib/core/who";
import { ProjectRefSchema } from "./schemas";

/** A project when the viewer is on its company's hiring team; anyone else is told there is none. */
export async function projectForTeam(viewer: Who, ref: unknown) {
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
