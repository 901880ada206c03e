import "server-only";
import { toCompanyBadge } from "@/lib/companies/company-badge";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { db } from "@/lib/db";
import { imageUrls } from "@/lib/media/variants";
import { isOnboardingStep, type OnboardingStepName } from "./steps";

const COMPANY_BADGE_SELECT = {
  slug: true,
  nameZh: true,
  nameEn: true,
  logoKey: true,
  verifiedAt: true,
} as const;

/**
 * Where the member is in the guided start (null once finished or skipped) and what its first steps show:
 * their current position, school and place, photo and skills, and the company page their employer has here.
 */
export async function getOnboarding(viewer: Who) {
  assertSignedIn(viewer);
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: {
      name: true,
      onboardingStep: true,
      profile: {
        select: {
          handle: true,
          city: true,
          country: true,
          avatarKey: true,
          positions: {
            where: { endDate: null },
            orderBy: { startDate: "desc" },
            take: 1,
            select: { title: true, companyName: true, startDate: true },
          },
          education: { orderBy: { sortOrder: "asc" }, take: 1, select: { school: true } },
          skills: { orderBy: { sortOrder: "asc" }, select: { skill: { select: { name: true } } } },
        },
      },
    },
  });
  const profile = user.profile;
  const position = profile?.positions[0] ?? null;
  return {
    name: user.name,
    step: isOnboardingStep(user.onboardingStep) ? (user.onboardingStep as OnboardingStepName) : null,
    handle: profile?.handle ?? null,
    about: {
      title: position?.title ?? "",
      companyName: position?.companyName ?? "",
      startDate: position ? position.startDate.toISOString().slice(0, 7) : "",
      school: profile?.education[0]?.school ?? "",
      city: profile?.city ?? "",
      country: profile?.country ?? "",
    },
    employer: position ? await companyPageNamed(position.companyName) : null,
    avatar: imageUrls("avatar", profile?.avatarKey ?? null),
    skills: profile?.skills.map((row) => row.skill.name) ?? [],
  };
}
export type Onboarding = Awaited<ReturnType<typeof getOnboarding>>;

/** The page whose Chinese or English name is exactly this one (letter case aside), if Renmai has one. */
export async function companyPageNamed(name: string) {
  const company = await db.company.findFirst({
    where: {
      OR: [
        { nameZh: { equals: name, mode: "insensitive" } },
        { nameEn: { equals: name, mode: "insensitive" } },
      ],
    },
    orderBy: [{ verifiedAt: { sort: "desc", nulls: "last" } }, { followerCount: "desc" }],
    select: COMPANY_BADGE_SELECT,
  });
  return company && toCompanyBadge(company);
}

/** The step the member's guided start waits at, or null when there is none (finished, skipped, never had one). */
export async function pendingOnboardingStep(viewer: Who): Promise<OnboardingStepName | null> {
  assertSignedIn(viewer);
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { onboardingStep: true } });
  return isOnboardingStep(user?.onboardingStep) ? user.onboardingStep : null;
}
