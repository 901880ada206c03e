import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainOutboxBatch } from "@/lib/search/drain-outbox";
import { syncIndexes } from "@/lib/search/sync-indexes";
import { appErrorOf, createMember } from "@/tests/helpers";
import { newHiringCompany, REMOTE_JOB } from "@/tests/jobs";
import { createJobAlert, deleteJobAlert, listJobAlerts, runJobAlerts } from "./job-alerts";
import { createJob } from "@/lib/jobs/save-job";

const word = `Al${randomBytes(3).toString("hex")}`;

const mailsTo = (email: string) =>
  db.$queryRaw<{ data: { template: string; values: Record<string, string> } }[]>`
    SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = ${email}`;

describe("job alerts", () => {
  beforeAll(() => syncIndexes());

  it("turn new matching jobs into a notification and one daily digest email, once", async () => {
    const member = await createMember();
    const company = await newHiringCompany();
    const alert = await createJobAlert(member, { query: word, filters: { workplace: ["remote"] } });
    expect(alert.href).toContain(`q=${word}`);
    await db.jobAlert.update({ where: { id: alert.id }, data: { checkedAt: new Date(Date.now() - 60_000) } });
    const remote = await createJob(company.recruiter, company.ref, {
      ...REMOTE_JOB,
      title: `${word} 远程岗位`,
      publish: true,
    });
    await createJob(company.recruiter, company.ref, {
      ...REMOTE_JOB,
      title: `${word} 现场岗位`,
      workplace: "on_site",
      city: "杭州",
      publish: true,
    });
    while ((await drainOutboxBatch()) > 0);

    await runJobAlerts(new Date(Date.now() + 1000));
    const notifications = await db.notification.findMany({
      where: { recipientId: member.id, kind: "job_alert" },
    });
    expect(notifications).toMatchObject([{ subjectId: alert.id }]);
    const mails = await mailsTo(member.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.data).toMatchObject({ template: "jobAlertDigest", values: { count: "1" } });
    expect(mails[0]!.data.values.jobs).toContain("远程岗位");
    expect(remote.status).toBe("open");

    // checked: the next run has nothing new to say
    await runJobAlerts(new Date(Date.now() + 2000));
    expect(await db.notification.count({ where: { recipientId: member.id, kind: "job_alert" } })).toBe(1);
    expect(await mailsTo(member.email)).toHaveLength(1);
  });

  it("are the member's own, need something to watch, and are deleted by their owner only", async () => {
    const [member, other] = await Promise.all([createMember(), createMember()]);
    expect(await appErrorOf(createJobAlert(member, { query: "" }))).toMatchObject({
      messageKey: "jobs.alertEmpty",
    });
    expect(await appErrorOf(createJobAlert(member, { filters: { bogus: ["x"] } }))).toMatchObject({
      code: "validation",
    });
    expect(await appErrorOf(createJobAlert(null, { query: "x" }))).toMatchObject({ code: "unauthenticated" });
    const alert = await createJobAlert(member, { query: "产品经理", filters: { city: ["杭州"] } });
    expect(await listJobAlerts(other)).toEqual([]);
    expect(await appErrorOf(deleteJobAlert(other, { alertId: alert.id }))).toMatchObject({
      code: "not_found",
    });
    await deleteJobAlert(member, { alertId: alert.id });
    expect(await listJobAlerts(member)).toEqual([]);
  });
});
