import "server-only";
import { claimRelation } from "@/lib/companies/relations";
import { followCompany } from "@/lib/companies/follows";
import type { Viewer } from "@/lib/core/viewer";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_TIME_ZONE, dayIn } from "@/lib/i18n/time-zones";
import { refreshSuggestions } from "@/lib/network/suggestions";
import { addEntry } from "@/lib/profiles/entries";
import { ownHandle } from "@/lib/profiles/profile-owner";
import { EducationSchema, MAX_SKILLS, PositionSchema } from "@/lib/profiles/schemas";
import { setSkills } from "@/lib/profiles/set-skills";
import { distinctSkills } from "@/lib/profiles/skills";
import { updateProfile } from "@/lib/profiles/update-profile";
import { parseInput } from "@/lib/validation";
import { companyPageNamed } from "./get-onboarding";
import { AboutStepSchema, SkillsStepSchema, StepRefSchema } from "./schemas";
import { ONBOARDING_STEPS, stepAfter, type OnboardingStepName } from "./steps";

/**
 * The first step: the current position (and a headline from it when the profile has none), a school, the
 * city — each added only when the profile lacks it — and, when the employer has a page here, a request to its
 * admins to list the member. Everything is checked before anything is written.
 */
export async function saveAboutStep(viewer: Viewer, input: unknown) {
  const about = parseInput(AboutStepSchema, input);
  const handle = await ownHandle(viewer);
  const thisMonth = dayIn(new Date(), viewer.timeZone ?? DEFAULT_TIME_ZONE).slice(0, 7);
  const position =
    about.title && about.companyName
      ? { title: about.title, companyName: about.companyName, startDate: about.startDate || thisMonth }
      : null;
  if (position) parseInput(PositionSchema, position);
  const education = about.school ? { school: about.school } : null;
  if (education) parseInput(EducationSchema, education);

  const has = await db.profile.findUniqueOrThrow({
    where: { userId: viewer.id },
    select: {
      headline: true,
      positions: { where: { endDate: null }, select: { id: true, title: true, companyName: true } },
      education: { select: { school: true } },
    },
  });
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  let positionId = position
    ? has.positions.find((p) => same(p.title, position.title) && same(p.companyName, position.companyName))
        ?.id
    : undefined;
  if (position && !positionId) positionId = (await addEntry(viewer, handle, "position", position)).id;
  if (education && !has.education.some((e) => same(e.school, education.school)))
    await addEntry(viewer, handle, "education", education);
  await updateProfile(viewer, handle, {
    city: about.city,
    country: about.country,
    ...(position && !has.headline.trim() && { headline: `${position.title} · ${position.companyName}` }),
  });
  const employer = position && (await companyPageNamed(position.companyName));
  if (employer && about.isEmployeeClaimed) {
    await followCompany(viewer, { slug: employer.slug });
    await claimRelation(viewer, { slug: employer.slug }, { kind: "employee", positionId }).catch((error) => {
      // claimed before (a second pass through the guide): nothing to ask again
      if (!(error instanceof AppError && error.code === "conflict")) throw error;
    });
  }
  // the next steps suggest people from this company, school and city: rank them now, not in a while
  await refreshSuggestions(viewer.id);
  return advanceOnboarding(viewer, { step: "about" });
}

/** The skills step: adds the chosen skills after those the profile lists already. */
export async function saveSkillsStep(viewer: Viewer, input: unknown) {
  const { skills } = parseInput(SkillsStepSchema, input);
  const handle = await ownHandle(viewer);
  const listed = await db.profileSkill.findMany({
    where: { profileId: viewer.id },
    orderBy: { sortOrder: "asc" },
    select: { isPinned: true, skill: { select: { name: true } } },
  });
  const names = listed.map((row) => row.skill.name);
  const merged = distinctSkills([...names, ...skills]);
  if (merged.length > MAX_SKILLS)
    throw new AppError("validation", "validation", {
      fields: { skills: "entries.tooMany" },
      values: { max: MAX_SKILLS },
    });
  const pinned = listed.filter((row) => row.isPinned).map((row) => row.skill.name);
  await setSkills(viewer, handle, { skills: merged, pinned: pinned.length ? pinned : merged.slice(0, 3) });
  return advanceOnboarding(viewer, { step: "skills" });
}

/**
 * Continue or skip: the guide resumes after this step next time (a member going back through a finished guide
 * changes nothing). Returns the step to show next, or null when the guide is over.
 */
export async function advanceOnboarding(viewer: Who, input: unknown): Promise<OnboardingStepName | null> {
  assertSignedIn(viewer);
  const { step } = parseInput(StepRefSchema, input);
  const next = stepAfter(step);
  if (!next) {
    await finishOnboarding(viewer);
    return null;
  }
  // only forward (from any earlier step): a member who jumped ahead and comes back does not lose their place
  const earlierSteps = ONBOARDING_STEPS.slice(0, ONBOARDING_STEPS.indexOf(next));
  await db.user.updateMany({
    where: { id: viewer.id, onboardingStep: { in: earlierSteps } },
    data: { onboardingStep: next },
  });
  return next;
}

/** Done, or "skip the rest": the guide no longer asks, and the feed stops pointing to it. */
export async function finishOnboarding(viewer: Who) {
  assertSignedIn(viewer);
  await db.user.updateMany({
    where: { id: viewer.id, onboardingStep: { not: null } },
    data: { onboardingStep: null, onboardedAt: new Date() },
  });
}
