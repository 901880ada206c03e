import { beforeAll, describe, expect, it } from "vitest";
import { applyToJob } from "@/lib/jobs/apply";
import { createJob } from "@/lib/jobs/save-job";
import { blockMember } from "@/lib/network/blocks";
import { appErrorOf, createMember } from "@/tests/helpers";
import { newHiringCompany, REMOTE_JOB } from "@/tests/jobs";
import { deleteSavedSearch, listSavedSearches, saveCandidateSearch } from "./saved-searches";
import { addCandidate } from "@/lib/recruiter/add-candidate";
import { createProject } from "@/lib/recruiter/create-project";
import { getProject } from "@/lib/recruiter/get-project";
import { listProjects } from "@/lib/recruiter/list-projects";
import { removeCandidate } from "@/lib/recruiter/remove-candidate";
import { updateCandidate } from "@/lib/recruiter/update-candidate";

type Member = Awaited<ReturnType<typeof createMember>>;
let company: Awaited<ReturnType<typeof newHiringCompany>>;
let rival: Awaited<ReturnType<typeof newHiringCompany>>;
let candidate: Member, applicant: Member, stranger: Member;
let projectId: string;

describe("talent projects", () => {
  beforeAll(async () => {
    [company, rival] = await Promise.all([newHiringCompany(), newHiringCompany("Rival")]);
    [candidate, applicant, stranger] = await Promise.all([createMember(), createMember(), createMember()]);
    projectId = (await createProject(company.recruiter, company.ref, { name: "产品经理人才库 2027" })).id;
  });

  it("keep candidates from search and from applications, shared with the company's hiring team", async () => {
    await addCandidate(
      company.recruiter,
      { projectId },
      { handle: candidate.handle, note: "前阿里 PM，主动联系" },
    );
    await addCandidate(
      company.recruiter,
      { projectId },
      { handle: candidate.handle, note: "ignored: already in" },
    );
    const jobId = (
      await createJob(company.recruiter, company.ref, { ...REMOTE_JOB, questions: [], publish: true })
    ).id;
    const application = await applyToJob(applicant, { jobId }, { email: applicant.email });
    await addCandidate(
      company.owner,
      { projectId },
      { handle: applicant.handle, applicationId: application.id },
    );
    await updateCandidate(company.owner, { projectId }, { handle: candidate.handle }, { stage: "contacted" });

    const project = await getProject(company.owner, { projectId });
    expect(project.candidates.map((c) => [c.person.id, c.stage, c.note])).toEqual(
      expect.arrayContaining([
        [candidate.id, "contacted", "前阿里 PM，主动联系"],
        [applicant.id, "sourced", ""],
      ]),
    );
    expect((await listProjects(company.recruiter)).map((p) => p.id)).toContain(projectId);

    const foreignApplication = await appErrorOf(
      addCandidate(
        rival.recruiter,
        { projectId },
        { handle: applicant.handle, applicationId: application.id },
      ),
    );
    expect(foreignApplication.code).toBe("not_found");
  });

  it("are invisible to anyone outside the hiring team, the candidate included", async () => {
    for (const who of [null, stranger, candidate, rival.recruiter, rival.owner]) {
      for (const attempt of [
        () => getProject(who, { projectId }),
        () => addCandidate(who, { projectId }, { handle: stranger.handle }),
        () => updateCandidate(who, { projectId }, { handle: candidate.handle }, { note: "peek" }),
        () => removeCandidate(who, { projectId }, { handle: candidate.handle }),
      ])
        expect(["unauthenticated", "not_found"]).toContain((await appErrorOf(attempt())).code);
      if (who) expect((await listProjects(who)).map((p) => p.id)).not.toContain(projectId);
    }
    expect(await appErrorOf(createProject(stranger, company.ref, { name: "x" }))).toMatchObject({
      code: "forbidden",
    });
  });

  it("refuse a member blocked either way, and bad input", async () => {
    const blocker = await createMember();
    await blockMember(blocker, { handle: company.recruiter.handle });
    expect(
      (await appErrorOf(addCandidate(company.recruiter, { projectId }, { handle: blocker.handle }))).code,
    ).toBe("not_found");
    const bad = await appErrorOf(
      updateCandidate(company.recruiter, { projectId }, { handle: candidate.handle }, { stage: "promoted" }),
    );
    expect(bad.details.fields).toEqual({ stage: "invalid" });
    expect(
      (await appErrorOf(createProject(company.recruiter, company.ref, { name: "" }))).details.fields,
    ).toEqual({
      name: "text.required",
    });
  });
});

describe("saved candidate searches", () => {
  it("keep the query in canonical form, refuse a malformed one, and stay their owner's", async () => {
    const { recruiter, owner } = await newHiringCompany();
    const saved = await saveCandidateSearch(recruiter, {
      name: "杭州产品经理",
      query: '(产品经理 或 "product manager") 杭州 非 实习',
      filters: { experience: ["3-5"] },
    });
    expect(saved.query).toBe('(产品经理 OR "product manager") AND 杭州 AND NOT 实习');
    const malformed = await appErrorOf(saveCandidateSearch(recruiter, { name: "x", query: "(产品经理" }));
    expect(malformed.details.fields).toEqual({ query: "recruiter.query.unclosedParen" });
    expect(await listSavedSearches(owner)).toEqual([]);
    expect((await appErrorOf(deleteSavedSearch(owner, { searchId: saved.id }))).code).toBe("not_found");
    expect((await appErrorOf(saveCandidateSearch(stranger, { name: "x", query: "a" }))).code).toBe(
      "forbidden",
    );
    await deleteSavedSearch(recruiter, { searchId: saved.id });
    expect(await listSavedSearches(recruiter)).toEqual([]);
  });
});
