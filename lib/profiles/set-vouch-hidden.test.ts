import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf, createMember } from "@/tests/helpers";
import { getProfile } from "./get-profile";
import { canVouchFor } from "./policy";
import { setSkills } from "./set-skills";
import { setVouchHidden } from "./set-vouch-hidden";

describe("endorsements and recommendations", () => {
  it("may come only from a 1st-degree connection, never from oneself", () => {
    const a = { id: "a" };
    expect(canVouchFor(a, "b", { isConnection: true })).toBe(true);
    expect(canVouchFor(a, "b", { isConnection: false })).toBe(false);
    expect(canVouchFor(a, "a", { isConnection: true })).toBe(false);
    expect(canVouchFor(null, "b", { isConnection: true })).toBe(false);
  });

  it("can be hidden by their recipient only, and hidden ones leave the public profile", async () => {
    const recipient = await createMember();
    const author = await createMember();
    await setSkills(recipient, recipient.handle, { skills: ["Go"] });
    const skill = await db.profileSkill.findFirstOrThrow({ where: { profileId: recipient.id } });
    const endorsement = await db.endorsement.create({
      data: { profileSkillId: skill.id, endorserId: author.id },
    });
    const recommendation = await db.recommendation.create({
      data: { authorId: author.id, recipientId: recipient.id, relationship: "同事", body: "靠谱的工程师" },
    });
    expect((await getProfile(null, recipient.handle)).recommendations).toHaveLength(1);

    for (const viewer of [author, null]) {
      const error = await appErrorOf(
        setVouchHidden(viewer, { kind: "recommendation", id: recommendation.id, isHidden: true }),
      );
      expect(error.code).toBe(viewer ? "not_found" : "unauthenticated");
    }
    await setVouchHidden(recipient, { kind: "recommendation", id: recommendation.id, isHidden: true });
    await setVouchHidden(recipient, { kind: "endorsement", id: endorsement.id, isHidden: true });

    const publicView = await getProfile(null, recipient.handle);
    expect(publicView.recommendations).toEqual([]);
    expect(publicView.skills).toEqual([expect.objectContaining({ name: "Go", endorsementCount: 0 })]);
    expect((await getProfile(recipient, recipient.handle)).recommendations).toEqual([
      expect.objectContaining({ body: "靠谱的工程师", isHidden: true }),
    ]);
    expect(
      (await appErrorOf(setVouchHidden(recipient, { kind: "gift", id: recommendation.id, isHidden: true })))
        .code,
    ).toBe("validation");
  });
});
