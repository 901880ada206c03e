import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/core/viewer";
import { createCompany } from "@/lib/companies/save-company";
import { listSuggestions } from "@/lib/network/suggestions";
import { addEntry } from "@/lib/profiles/entries";
import { setSkills } from "@/lib/profiles/set-skills";
import { uniqueMember } from "@/prisma/seed/factories";
import { appErrorOf, createMember, signUpMember } from "@/tests/helpers";
import { getOnboarding, pendingOnboardingStep } from "./get-onboarding";
import { advanceOnboarding, finishOnboarding, saveAboutStep, saveSkillsStep } from "./save-onboarding";
import { suggestedSkills } from "./suggested-skills";
import { thingsToFollow } from "./things-to-follow";

/** A member who has just signed up, as their session sees them. */
async function newcomer(): Promise<Viewer> {
  const user = await signUpMember(uniqueMember());
  return {
    ...user,
    sessionId: "test",
    handle: null,
    locale: "en",
    timeZone: "Asia/Shanghai",
    isEmailVerified: true,
  };
}

/** A company page, and a member who works there under this title with these skills. */
async function companyWithEmployee(title: string, skills: string[]) {
  const tag = randomUUID().slice(0, 8);
  const owner = await createMember();
  const company = await createCompany(owner, {
    slug: `yunfan-${tag}`,
    nameZh: `云帆${tag}`,
    nameEn: `Yunfan ${tag}`,
  });
  const colleague = await createMember();
  await addEntry(colleague, colleague.handle, "position", {
    title,
    companyName: `云帆${tag}`,
    startDate: "2022-04",
  });
  await setSkills(colleague, colleague.handle, { skills });
  return { company: { ...company, slug: `yunfan-${tag}`, nameZh: `云帆${tag}` }, colleague };
}

describe("the guided start", () => {
  it("starts at sign-up, and only then", async () => {
    const member = await newcomer();
    expect(await pendingOnboardingStep(member)).toBe("about");
    const seeded = await createMember();
    expect(await pendingOnboardingStep(seeded)).toBeNull();
    // a member without a guide going through its pages changes nothing
    expect(await advanceOnboarding(seeded, { step: "about" })).toBe("photo");
    expect(await pendingOnboardingStep(seeded)).toBeNull();
  });

  it("refuses half a position and writes nothing", async () => {
    const member = await newcomer();
    const error = await appErrorOf(saveAboutStep(member, { title: "产品经理", city: "杭州" }));
    expect(error.details.fields).toEqual({ companyName: "onboarding.companyNeeded" });
    const profile = await db.profile.findUniqueOrThrow({
      where: { userId: member.id },
      select: { city: true, _count: { select: { positions: true } } },
    });
    expect(profile).toEqual({ city: null, _count: { positions: 0 } });
    expect((await appErrorOf(advanceOnboarding(member, { step: "nowhere" }))).code).toBe("validation");
    expect((await appErrorOf(advanceOnboarding(null, { step: "about" }))).code).toBe("unauthenticated");
  });

  it("saves the position, school and city, asks the employer's page, and suggests the colleagues", async () => {
    const { company, colleague } = await companyWithEmployee("产品经理", ["Axure", "用户研究"]);
    const member = await newcomer();
    const about = {
      title: "产品经理",
      companyName: company.nameZh,
      school: "浙江大学",
      city: "杭州",
      country: "CN",
      isEmployeeClaimed: "on",
    };
    expect(await saveAboutStep(member, about)).toBe("photo");
    // the same answers again (back, then save) add nothing twice
    expect(await saveAboutStep(member, about)).toBe("photo");

    const profile = await db.profile.findUniqueOrThrow({
      where: { userId: member.id },
      select: {
        headline: true,
        city: true,
        country: true,
        positions: { select: { id: true, title: true, companyName: true, endDate: true } },
        education: { select: { school: true } },
      },
    });
    expect(profile).toMatchObject({
      headline: `产品经理 · ${company.nameZh}`,
      city: "杭州",
      country: "CN",
      positions: [{ title: "产品经理", companyName: company.nameZh, endDate: null }],
      education: [{ school: "浙江大学" }],
    });
    const claim = await db.companyRelation.findFirstOrThrow({
      where: { userId: member.id, company: { slug: company.slug } },
      select: { kind: true, status: true, positionId: true },
    });
    expect(claim).toEqual({ kind: "employee", status: "pending", positionId: profile.positions[0]!.id });
    expect(
      await db.companyFollow.count({ where: { userId: member.id, company: { slug: company.slug } } }),
    ).toBe(1);

    const state = await getOnboarding(member);
    expect(state.step).toBe("photo");
    expect(state.employer?.slug).toBe(company.slug);
    const { items } = await listSuggestions(member, { limit: 20 });
    const suggested = items.find((s) => s.person.id === colleague.id);
    expect(suggested?.reasons[0]).toEqual({ kind: "company", name: company.nameZh, isCurrent: true });
    expect((await thingsToFollow(member.id)).companies[0]).toMatchObject({
      slug: company.slug,
      isOwn: true,
      isFollowing: true,
    });
  });

  it("offers the skills of people with the same title, adds the chosen ones and resumes where it was left", async () => {
    const title = `Growth hacker ${randomUUID().slice(0, 6)}`;
    await companyWithEmployee(title, ["Rare skill alpha", "SQL"]);
    const member = await newcomer();
    await setSkills(member, (await getOnboarding(member)).handle!, { skills: ["SQL"] });
    const offered = await suggestedSkills(member.id, title, ["sql"]);
    expect(offered[0]).toBe("Rare skill alpha");
    expect(offered).not.toContain("SQL");

    await advanceOnboarding(member, { step: "about" });
    await advanceOnboarding(member, { step: "photo" });
    expect(await saveSkillsStep(member, { skills: "Rare skill alpha\n增长黑客，  A/B testing" })).toBe(
      "people",
    );
    expect((await getOnboarding(member)).skills).toEqual([
      "SQL",
      "Rare skill alpha",
      "增长黑客",
      "A/B testing",
    ]);

    // going back to an earlier step does not lose the member's place
    expect(await advanceOnboarding(member, { step: "about" })).toBe("photo");
    expect(await pendingOnboardingStep(member)).toBe("people");

    await advanceOnboarding(member, { step: "people" });
    expect(await advanceOnboarding(member, { step: "follow" })).toBeNull();
    const user = await db.user.findUniqueOrThrow({
      where: { id: member.id },
      select: { onboardingStep: true, onboardedAt: true },
    });
    expect(user.onboardingStep).toBeNull();
    expect(user.onboardedAt).toBeInstanceOf(Date);
  });

  it("can be skipped whole", async () => {
    const member = await newcomer();
    await finishOnboarding(member);
    expect(await pendingOnboardingStep(member)).toBeNull();
  });
});
