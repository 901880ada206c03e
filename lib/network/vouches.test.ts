import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setSkills } from "@/lib/profiles/set-skills";
import { appErrorOf, createMember } from "@/tests/helpers";
import { blockMember } from "./blocks";
import { personRelationship } from "./person-relationship";
import { deleteRecommendation, endorseSkill, withdrawEndorsement, writeRecommendation } from "./vouches";

async function connect(a: { id: string }, b: { id: string }) {
  await db.connection.createMany({
    data: [
      { userId: a.id, otherId: b.id },
      { userId: b.id, otherId: a.id },
    ],
  });
}

async function memberWithSkill() {
  const member = await createMember();
  await setSkills(member, member.handle, { skills: ["TypeScript", "产品设计"] });
  const skills = await db.profileSkill.findMany({
    where: { profileId: member.id },
    orderBy: { sortOrder: "asc" },
  });
  return { member, skillId: skills[0]!.id };
}

const RECOMMENDATION = {
  relationship: "We worked together at 阿里巴巴",
  body: "王芳 is the most thorough product manager I have worked with.",
};

describe("endorsements", () => {
  it("a connection endorses a skill once (notified once), sees it in the relationship, and takes it back", async () => {
    const { member, skillId } = await memberWithSkill();
    const friend = await createMember();
    await connect(member, friend);
    await endorseSkill(friend, { handle: member.handle, skillId });
    await endorseSkill(friend, { handle: member.handle, skillId }); // again: no change
    expect(await db.endorsement.count({ where: { profileSkillId: skillId } })).toBe(1);
    const notifications = await db.notification.findMany({
      where: { recipientId: member.id, kind: "endorsement" },
    });
    expect(notifications).toMatchObject([{ actorId: friend.id, subjectId: skillId }]);
    expect((await personRelationship(friend, { handle: member.handle })).endorsedSkillIds).toEqual([skillId]);

    await withdrawEndorsement(friend, { handle: member.handle, skillId });
    expect(await db.endorsement.count({ where: { profileSkillId: skillId } })).toBe(0);
  });

  it("is refused to visitors, strangers, blocked members and oneself, and for a skill of someone else", async () => {
    const { member, skillId } = await memberWithSkill();
    const [stranger, blocked, friend] = await Promise.all([createMember(), createMember(), createMember()]);
    await connect(member, blocked);
    await connect(member, friend);
    await blockMember(member, { handle: blocked.handle }); // also ends the connection
    const endorse = (who: Parameters<typeof endorseSkill>[0], input = { handle: member.handle, skillId }) =>
      appErrorOf(endorseSkill(who, input));
    expect((await endorse(null)).code).toBe("unauthenticated");
    expect(await endorse(stranger)).toMatchObject({
      code: "forbidden",
      messageKey: "network.connectionsOnly",
    });
    expect((await endorse(blocked)).code).toBe("not_found");
    expect((await endorse(member)).code).toBe("forbidden");
    const other = await memberWithSkill();
    await connect(friend, other.member);
    expect((await endorse(friend, { handle: member.handle, skillId: other.skillId })).code).toBe("not_found");
    expect((await endorse(friend, { handle: member.handle, skillId: "not an id" })).code).toBe("validation");
    expect(await db.endorsement.count({ where: { profileSkillId: { in: [skillId, other.skillId] } } })).toBe(
      0,
    );
    expect(await db.notification.count({ where: { recipientId: member.id, kind: "endorsement" } })).toBe(0);
  });
});

describe("recommendations", () => {
  it("a connection writes one (notified once), rewrites it, and deletes it", async () => {
    const [member, friend] = await Promise.all([createMember(), createMember()]);
    await connect(member, friend);
    await writeRecommendation(friend, { handle: member.handle, ...RECOMMENDATION });
    await writeRecommendation(friend, {
      handle: member.handle,
      ...RECOMMENDATION,
      body: `${RECOMMENDATION.body} Again.`,
    });
    const written = await db.recommendation.findMany({ where: { recipientId: member.id } });
    expect(written).toMatchObject([{ authorId: friend.id, body: `${RECOMMENDATION.body} Again.` }]);
    expect(await db.notification.count({ where: { recipientId: member.id, kind: "recommendation" } })).toBe(
      1,
    );
    expect((await personRelationship(friend, { handle: member.handle })).recommendation).toMatchObject({
      relationship: RECOMMENDATION.relationship,
    });

    expect((await appErrorOf(deleteRecommendation(member, { handle: friend.handle }))).code).toBe(
      "not_found",
    );
    await deleteRecommendation(friend, { handle: member.handle });
    expect(await db.recommendation.count({ where: { recipientId: member.id } })).toBe(0);
  });

  it("is refused to strangers, blocked members and oneself, and bad input changes nothing", async () => {
    const [member, stranger, blocker, friend] = await Promise.all([
      createMember(),
      createMember(),
      createMember(),
      createMember(),
    ]);
    await connect(member, friend);
    await blockMember(blocker, { handle: member.handle });
    const write = (who: Parameters<typeof writeRecommendation>[0], input: object) =>
      appErrorOf(writeRecommendation(who, { handle: member.handle, ...input }));
    expect((await write(null, RECOMMENDATION)).code).toBe("unauthenticated");
    expect((await write(stranger, RECOMMENDATION)).code).toBe("forbidden");
    expect((await write(blocker, RECOMMENDATION)).code).toBe("not_found");
    expect((await write(member, RECOMMENDATION)).code).toBe("forbidden");
    const tooShort = await write(friend, { ...RECOMMENDATION, body: "Great." });
    expect(tooShort.details.fields).toEqual({ body: "network.recommendationTooShort" });
    const markup = await write(friend, { ...RECOMMENDATION, relationship: "<b>boss</b>" });
    expect(markup.details.fields).toEqual({ relationship: "text.noMarkup" });
    expect(await db.recommendation.count({ where: { recipientId: member.id } })).toBe(0);
  });
});
