import type { Prisma } from "@/generated/prisma/client";
import { firstFreeHandle, suggestHandle } from "@/lib/profiles/handle";
import { normalizeSkillName } from "@/lib/profiles/skills";
import type { ProfileSeed } from "./profiles";

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** Writes the profiles of a batch of new users in a few bulk statements; `handles` collects every handle used. */
export async function writeProfiles(
  tx: Prisma.TransactionClient,
  users: { id: string; name: string }[],
  seeds: ProfileSeed[],
  handles: Set<string>,
) {
  await tx.profile.createMany({
    data: users.map((user, i) => {
      const p = seeds[i]!;
      const handle = firstFreeHandle(suggestHandle(user.name), handles);
      handles.add(handle);
      return {
        userId: user.id,
        handle,
        headline: p.headline,
        about: p.about,
        pronouns: p.pronouns ?? null,
        city: p.city,
        region: p.region,
        country: p.country,
        industry: p.industry,
        contactEmail: p.contactEmail ?? null,
        phone: p.phone ?? null,
        wechatId: p.wechatId ?? null,
        website: p.website ?? null,
        openToWork: !!p.openToWork,
        openToWorkTitles: p.openToWork?.titles ?? [],
        openToWorkLocations: p.openToWork?.locations ?? [],
        openToWorkWorkplaces: p.openToWork?.workplaces ?? [],
        openToWorkAudience: p.openToWork?.audience ?? "recruiters",
        visibility: p.visibility ?? {},
        findableBy: p.findableBy ?? "public",
        interests: p.interests ?? [],
      };
    }),
  });
  const each = <T>(
    pick: (p: ProfileSeed) => T[],
    make: (item: T, profileId: string, sortOrder: number) => object,
  ) => users.flatMap((user, i) => pick(seeds[i]!).map((item, sortOrder) => make(item, user.id, sortOrder)));

  await tx.position.createMany({
    data: each(
      (p) => p.positions,
      (pos, profileId, sortOrder) => ({
        profileId,
        sortOrder,
        companyName: pos.companyName,
        title: pos.title,
        employmentType: pos.employmentType ?? null,
        location: pos.location ?? null,
        startDate: monthDate(pos.start),
        endDate: pos.end ? monthDate(pos.end) : null,
        description: pos.description ?? "",
      }),
    ) as Prisma.PositionCreateManyInput[],
  });
  await tx.education.createMany({
    data: each(
      (p) => p.education,
      (e, profileId, sortOrder) => ({ profileId, sortOrder, ...e }),
    ) as Prisma.EducationCreateManyInput[],
  });
  await tx.profileLanguage.createMany({
    data: each(
      (p) => p.languages,
      (l, profileId, sortOrder) => ({ profileId, sortOrder, ...l }),
    ) as Prisma.ProfileLanguageCreateManyInput[],
  });
  await tx.certification.createMany({
    data: each(
      (p) => p.certifications,
      (c, profileId, sortOrder) => ({
        profileId,
        sortOrder,
        name: c.name,
        issuer: c.issuer,
        issuedOn: monthDate(c.issued),
      }),
    ) as Prisma.CertificationCreateManyInput[],
  });

  await tx.accomplishment.createMany({
    data: each(
      (p) => p.accomplishments ?? [],
      (a, profileId, sortOrder) => ({
        profileId,
        sortOrder,
        kind: a.kind,
        title: a.title,
        organization: a.organization ?? null,
        url: a.url ?? null,
        startDate: a.start ? monthDate(a.start) : null,
        endDate: a.end ? monthDate(a.end) : null,
        description: a.description ?? "",
        keywords: a.keywords ?? [],
      }),
    ) as Prisma.AccomplishmentCreateManyInput[],
  });

  const names = [...new Map(seeds.flatMap((p) => p.skills).map((s) => [normalizeSkillName(s), s])).entries()];
  await tx.skill.createMany({
    data: names.map(([normalizedName, name]) => ({ normalizedName, name })),
    skipDuplicates: true,
  });
  const skills = await tx.skill.findMany({
    where: { normalizedName: { in: names.map(([n]) => n) } },
    select: { id: true, normalizedName: true },
  });
  const skillId = new Map(skills.map((s) => [s.normalizedName, s.id]));
  await tx.profileSkill.createMany({
    data: users.flatMap((user, i) =>
      seeds[i]!.skills.map((name, sortOrder) => ({
        profileId: user.id,
        skillId: skillId.get(normalizeSkillName(name))!,
        sortOrder,
        isPinned: sortOrder < seeds[i]!.pinnedSkills,
      })),
    ),
    skipDuplicates: true,
  });
}
