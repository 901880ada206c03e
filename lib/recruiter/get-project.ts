import "server-only";
import { db } from "@/lib/db";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { isOpenToWorkShown, recruiterSeatOf } from "./recruiter-seat";
import type { Who } from "@/lib/core/who";
import { TalentStageName } from "./schemas";
import { projectForTeam } from "./project-for-team";

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
