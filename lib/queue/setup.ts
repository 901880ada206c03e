import PgBoss from "pg-boss";
import { JOBS, STATELY_JOBS, type JobName } from "./definitions";

/** Installs or upgrades pg-boss's schema and creates every queue; the launcher runs it before web and worker. */
export async function setUpJobQueues(connectionString: string) {
  const boss = new PgBoss({ connectionString, max: 2, supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const name of Object.keys(JOBS) as JobName[]) {
      const policy = STATELY_JOBS.has(name) ? "stately" : "standard";
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
