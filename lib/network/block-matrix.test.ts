import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getJob } from "@/lib/jobs/get-job";
import { createJob } from "@/lib/jobs/save-job";
import { setJobStatus } from "@/lib/jobs/set-job-status";
import { getProfileViews } from "@/lib/profiles/get-profile-views";
import { recordProfileView } from "@/lib/profiles/record-profile-view";
import { setSkills } from "@/lib/profiles/set-skills";
import { updateProfile } from "@/lib/profiles/update-profile";
import { appErrorOf, createMember, requestContext } from "@/tests/helpers";
import { newHiringCompany, REMOTE_JOB } from "@/tests/jobs";
import { blockMember } from "./blocks";
import { reportMember } from "./reports";
import { endorseSkill } from "./vouches";

// Every read and write that names a member, between two members blocked one way and the other.
type Member = Awaited<ReturnType<typeof createMember>>;

async function connect(a: Member, b: Member) {
  await db.connection.createMany({
    data: [
      { userId: a.id, otherId: b.id },
      { userId: b.id, otherId: a.id },
    ],
  });
}

/** A fresh pair: `blocker` blocked `blocked`. */
async function blockedPair() {
  const [blocker, blocked] = await Promise.all([createMember(), createMember()]);
  await blockMember(blocker, { handle: blocked.handle });
  return { blocker, blocked };
}

const viewerIds = async (member: Member) =>
  (await getProfileViews(member)).recentViewers.map((v) => (v.isPrivate ? null : v.handle));

describe("blocks, wherever a member is named", () => {
  let hiring: Awaited<ReturnType<typeof newHiringCompany>>;
  beforeAll(async () => {
    hiring = await newHiringCompany("Block Matrix Co");
  });

  it("profile views: neither side's visit counts, and one from before the block isn't listed", async () => {
    const { blocker, blocked } = await blockedPair();
    await recordProfileView(blocker.id, blocked, requestContext());
    await recordProfileView(blocked.id, blocker, requestContext());
    expect(await db.profileView.count({ where: { profileId: { in: [blocker.id, blocked.id] } } })).toBe(0);

    const [owner, visitor, bystander] = await Promise.all([createMember(), createMember(), createMember()]);
    await recordProfileView(owner.id, visitor, requestContext());
    await recordProfileView(owner.id, bystander, requestContext());
    expect(await viewerIds(owner)).toEqual(expect.arrayContaining([visitor.handle, bystander.handle]));
    await blockMember(owner, { handle: visitor.handle });
    expect(await viewerIds(owner)).toEqual([bystander.handle]);
  });

  it("jobs: the member who posted a job isn't shown to someone blocked either way with them", async () => {
    const job = await createJob(hiring.recruiter, hiring.ref, REMOTE_JOB);
    await setJobStatus(hiring.recruiter, { jobId: job.id }, { status: "open" });
    const [blockedByPoster, blockingPoster, stranger] = await Promise.all([
      createMember(),
      createMember(),
      createMember(),
    ]);
    await blockMember(hiring.recruiter, { handle: blockedByPoster.handle });
    await blockMember(blockingPoster, { handle: hiring.recruiter.handle });
    expect((await getJob(stranger, { jobId: job.id })).postedBy?.id).toBe(hiring.recruiter.id);
    expect((await getJob(null, { jobId: job.id })).postedBy?.id).toBe(hiring.recruiter.id);
    for (const viewer of [blockedByPoster, blockingPoster])
      expect((await getJob(viewer, { jobId: job.id })).postedBy).toBeNull();
  });

  it("reports: the blocked member can't report the one who blocked them; the blocker may report them", async () => {
    const { blocker, blocked } = await blockedPair();
    const refused = await appErrorOf(reportMember(blocked, { handle: blocker.handle, reason: "spam" }));
    expect(refused.code).toBe("not_found");
    await reportMember(blocker, { handle: blocked.handle, reason: "spam" });
    expect(await db.report.count({ where: { subjectId: blocker.id } })).toBe(0);
    expect(await db.report.count({ where: { reporterId: blocker.id, subjectId: blocked.id } })).toBe(1);
  });

  it("endorsements: only skills the connection can see, and never across a block", async () => {
    const [owner, friend] = await Promise.all([createMember(), createMember()]);
    await connect(owner, friend);
    await setSkills(owner, owner.handle, { skills: ["TypeScript"] });
    const skill = await db.profileSkill.findFirstOrThrow({ where: { profileId: owner.id } });

    for (const skills of ["only_me", "public"] as const) {
      await updateProfile(owner, owner.handle, { visibility: { skills } });
      const outcome = await endorseSkill(friend, { handle: owner.handle, skillId: skill.id }).then(
        () => "endorsed",
        (error: { code: string }) => error.code,
      );
      expect(outcome, skills).toBe(skills === "only_me" ? "not_found" : "endorsed");
    }
    await blockMember(owner, { handle: friend.handle });
    // a block undoes the connection: the endorsement is refused as for a stranger
    expect((await appErrorOf(endorseSkill(friend, { handle: owner.handle, skillId: skill.id }))).code).toBe(
      "not_found",
    );
  });
});
