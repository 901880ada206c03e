import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf, createMember } from "@/tests/helpers";
import { newHiringCompany, REMOTE_JOB } from "@/tests/jobs";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { applyToJob } from "./apply";
import { exportApplicantsCsv } from "./export-applicants";
import { listMyApplications } from "./my-applications";
import { getPipeline, moveApplication, rejectApplications } from "./pipeline";
import { getResume } from "./resume-file";
import { addApplicationNote, rateApplication, reviewApplication } from "./review-application";
import { createJob } from "./save-job";
import { renameStage } from "./stage-names";

type Member = Awaited<ReturnType<typeof createMember>>;

async function pdfFile(name = "resume.pdf") {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText("Resume");
  return new File([(await pdf.save()).buffer as ArrayBuffer], name, { type: "application/pdf" });
}

let company: Awaited<ReturnType<typeof newHiringCompany>>;
let rival: Awaited<ReturnType<typeof newHiringCompany>>;
let jobId: string;
let questionIds: string[];
let applicant: Member, other: Member;

const answersFor = (ids: string[]) => ({ [ids[0]!]: "yes", [ids[1]!]: "4" });

describe("applications", () => {
  beforeAll(async () => {
    company = await newHiringCompany();
    rival = await newHiringCompany("Rival");
    [applicant, other] = await Promise.all([createMember(), createMember()]);
    jobId = (await createJob(company.recruiter, company.ref, { ...REMOTE_JOB, publish: true })).id;
    questionIds = (
      await db.screeningQuestion.findMany({
        where: { jobId },
        orderBy: { sortOrder: "asc" },
        select: { id: true },
      })
    ).map((q) => q.id);
  });

  it("take the profile, a PDF and the screening answers, once", async () => {
    const input = { email: applicant.email, phone: "+86 138 0000 0000", answers: answersFor(questionIds) };
    const application = await applyToJob(applicant, { jobId }, input, await pdfFile());
    expect(application.stage).toBe("applied");
    const twice = await appErrorOf(applyToJob(applicant, { jobId }, input));
    expect(twice).toMatchObject({ code: "conflict", messageKey: "jobs.alreadyApplied" });
    expect(await db.job.findUnique({ where: { id: jobId }, select: { applicantCount: true } })).toEqual({
      applicantCount: 1,
    });
    const mine = await listMyApplications(applicant, {});
    expect(mine.items).toMatchObject([{ id: application.id, stage: "applied", hasResume: true }]);
    const resume = await getResume(applicant, { applicationId: application.id });
    expect(resume.body.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuse fake PDFs, oversized files and missing or malformed answers, storing nothing", async () => {
    const before = await db.jobApplication.count({ where: { jobId } });
    const input = { email: other.email, answers: answersFor(questionIds) };
    const renamed = new File(["just text, not a PDF"], "cv.pdf", { type: "application/pdf" });
    expect(await appErrorOf(applyToJob(other, { jobId }, input, renamed))).toMatchObject({
      details: { fields: { resume: "resume.notPdf" } },
    });
    const headerOnly = new File(["%PDF-1.7\n garbage that does not parse"], "cv.pdf");
    expect(await appErrorOf(applyToJob(other, { jobId }, input, headerOnly))).toMatchObject({
      details: { fields: { resume: "resume.notPdf" } },
    });
    const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf");
    expect(await appErrorOf(applyToJob(other, { jobId }, input, huge))).toMatchObject({
      details: { fields: { resume: "resume.tooBig" } },
    });
    const answers = await appErrorOf(
      applyToJob(other, { jobId }, { email: other.email, answers: { [questionIds[1]!]: "four" } }),
    );
    expect(answers.details.fields).toEqual({
      [`answers.${questionIds[0]}`]: "jobs.answerRequired",
      [`answers.${questionIds[1]}`]: "jobs.answerNumber",
    });
    expect(await appErrorOf(applyToJob(null, { jobId }, input))).toMatchObject({ code: "unauthenticated" });
    expect(await db.jobApplication.count({ where: { jobId } })).toBe(before);
  });

  it("move through the pipeline; the applicant sees the stage but never notes or ratings", async () => {
    const { id } = await applyToJob(
      other,
      { jobId },
      { email: other.email, answers: answersFor(questionIds) },
    );
    await addApplicationNote(company.recruiter, { applicationId: id }, { text: "Strong React; 沟通好" });
    await rateApplication(company.recruiter, { applicationId: id }, { stars: 4 });
    await rateApplication(company.owner, { applicationId: id }, { stars: 5 });
    await renameStage(company.owner, company.ref, { stage: "interview", name: "面试" });
    await moveApplication(company.recruiter, { applicationId: id }, { stage: "interview" });

    const board = await getPipeline(company.recruiter, { jobId });
    const column = board.columns.find((c) => c.stage === "interview")!;
    expect(column.cards).toMatchObject([{ id, ratingAverage: 4.5, ratingCount: 2, noteCount: 1 }]);
    expect(board.stageNames).toEqual({ interview: "面试" });

    const review = await reviewApplication(company.owner, { applicationId: id });
    expect(review.notes).toMatchObject([{ text: "Strong React; 沟通好" }]);
    expect(review.rating).toEqual({ average: 4.5, count: 2, mine: 5 });
    expect(review.answers.map((a) => a.answer)).toEqual(["yes", "4"]);

    const mine = (await listMyApplications(other, {})).items.find((a) => a.id === id)!;
    expect(mine).toMatchObject({ stage: "interview", stageName: "面试" });
    expect(JSON.stringify(mine)).not.toContain("Strong React");
    const note = await db.notification.findFirst({
      where: { recipientId: other.id, kind: "application_stage" },
    });
    expect(note?.subjectId).toBe(id);
    expect(
      await appErrorOf(rateApplication(company.recruiter, { applicationId: id }, { stars: 6 })),
    ).toMatchObject({
      details: { fields: { stars: "jobs.ratingInvalid" } },
    });
  });

  it("tell the hiring team of a new applicant, and the applicant of their stage once, however fast it moves", async () => {
    const newcomer = await createMember();
    // a job of its own: the tests below count the shared job's applicants
    const ownJobId = (await createJob(company.recruiter, company.ref, { ...REMOTE_JOB, publish: true })).id;
    const ownQuestions = await db.screeningQuestion.findMany({
      where: { jobId: ownJobId },
      orderBy: { sortOrder: "asc" },
      select: { id: true },
    });
    const { id } = await applyToJob(
      newcomer,
      { jobId: ownJobId },
      { email: newcomer.email, answers: answersFor(ownQuestions.map((q) => q.id)) },
    );
    for (const member of [company.owner, company.recruiter]) {
      const { items } = await listNotifications(member, {});
      expect(items[0]).toMatchObject({
        kind: "application_received",
        actor: { id: newcomer.id },
        application: { applicationId: id, jobId: ownJobId },
      });
    }
    expect(await db.notification.count({ where: { recipientId: rival.owner.id } })).toBe(0);

    await moveApplication(company.recruiter, { applicationId: id }, { stage: "screening" });
    await moveApplication(company.recruiter, { applicationId: id }, { stage: "interview" });
    const { items } = await listNotifications(newcomer, {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "application_stage",
      actor: null,
      application: { stage: "interview", company: { logo: null } },
    });
    await rejectApplications(company.recruiter, { jobId: ownJobId }, { applicationIds: [id] });
    expect((await listNotifications(newcomer, {})).items.map((n) => n.application?.stage)).toEqual([
      "rejected",
    ]);
  });

  it("are the hiring team's alone: anonymous, other members, the applicant and other companies' recruiters get nothing", async () => {
    const { items } = await listMyApplications(applicant, {});
    const applicationId = items[0]!.id;
    const outsiders = [null, other, rival.recruiter, rival.owner];
    for (const who of outsiders) {
      for (const attempt of [
        () => reviewApplication(who, { applicationId }),
        () => addApplicationNote(who, { applicationId }, { text: "sneaky" }),
        () => rateApplication(who, { applicationId }, { stars: 1 }),
        () => moveApplication(who, { applicationId }, { stage: "hired" }),
        () => getPipeline(who, { jobId }),
        () => exportApplicantsCsv(who, { jobId }),
        () => rejectApplications(who, { jobId }, { applicationIds: [applicationId] }),
      ])
        expect(["unauthenticated", "not_found", "forbidden"]).toContain((await appErrorOf(attempt())).code);
    }
    expect((await appErrorOf(getResume(rival.recruiter, { applicationId }))).code).toBe("not_found");
    // the applicant reads their own résumé and stage, but not the team's review
    expect((await appErrorOf(reviewApplication(applicant, { applicationId }))).code).toBe("not_found");
    expect(await db.applicationNote.count({ where: { text: "sneaky" } })).toBe(0);
    expect((await db.jobApplication.findUnique({ where: { id: applicationId } }))?.stage).toBe("applied");
  });

  it("are declined in bulk with a message the applicants see, and exported as CSV", async () => {
    const { items } = await listMyApplications(applicant, {});
    const ids = [items[0]!.id];
    const result = await rejectApplications(
      company.recruiter,
      { jobId },
      {
        applicationIds: ids,
        message: "感谢您的申请 — we went with another candidate.",
      },
    );
    expect(result).toEqual({ rejected: 1 });
    const mine = (await listMyApplications(applicant, {})).items[0]!;
    expect(mine).toMatchObject({
      stage: "rejected",
      decisionNote: "感谢您的申请 — we went with another candidate.",
    });
    const foreign = await appErrorOf(rejectApplications(rival.recruiter, { jobId }, { applicationIds: ids }));
    expect(foreign.code).toBe("forbidden");

    const { csv } = await exportApplicantsCsv(company.recruiter, { jobId });
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toContain("能否接受远程协作？");
    expect(lines).toHaveLength(3);
    expect(csv).toContain(applicant.email);
    expect(csv).toContain("rejected");
    expect(csv).not.toContain("Strong React");
  });

  it("clean up a résumé whose application could not be saved", async () => {
    const member = await createMember();
    const input = { email: member.email, answers: answersFor(questionIds) };
    await applyToJob(member, { jobId }, input);
    const keysBefore = await db.jobApplication.count({ where: { resumeKey: { not: null } } });
    expect((await appErrorOf(applyToJob(member, { jobId }, input, await pdfFile()))).messageKey).toBe(
      "jobs.alreadyApplied",
    );
    expect(await db.jobApplication.count({ where: { resumeKey: { not: null } } })).toBe(keysBefore);
  });
});
