import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { JOBS, type JobName, type JobPayload } from "./definitions";

const globalForBoss = globalThis as unknown as { boss?: Promise<PgBoss> };

/** A sending-only pg-boss (the worker process supervises, schedules and runs the jobs). */
function sender(): Promise<PgBoss> {
  globalForBoss.boss ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      max: 2,
      supervise: false,
      schedule: false,
      migrate: false,
    });
    boss.on("error", () => {});
    await boss.start();
    return boss;
  })().catch((error) => {
    globalForBoss.boss = undefined;
    throw error;
  });
  return globalForBoss.boss;
}

/** Queues a job; `singletonKey` names what it is about, for queues that keep one waiting job per key. */
export async function enqueue<N extends JobName>(
  name: N,
  payload: JobPayload<N>,
  options: { singletonKey?: string } = {},
) {
  const data = JOBS[name].parse(payload);
  const boss = await sender();
  await boss.send(name, data, { retryLimit: 5, retryDelay: 30, retryBackoff: true, ...options });
}
