import "server-only";
import "./wiring";
import pg from "pg";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { createMissingIndexes, syncIndexes } from "@/lib/search/sync-indexes";
import { drainOutboxBatch } from "@/lib/search/drain-outbox";
import { OUTBOX_CHANNEL } from "@/lib/search/outbox";
import { JOBS, SCHEDULES, type JobName, type JobPayload } from "@/lib/queue/definitions";
import { HANDLERS } from "./job-handlers";

const POLL_MS = 2_000;

/** The background worker: runs queued jobs and keeps Meilisearch in step with the outbox. */
export async function startWorker() {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 4 });
  boss.on("error", (error) => log.error({ err: error }, "pg-boss error"));
  await boss.start();
  for (const name of Object.keys(JOBS) as JobName[]) await work(boss, name);
  for (const [name, cron] of Object.entries(SCHEDULES)) await boss.schedule(name, cron, {}, { tz: "UTC" });

  const outbox = startOutboxLoop();
  log.info("worker started");
  return async function stop() {
    await outbox.stop();
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  };
}

async function work<N extends JobName>(boss: PgBoss, name: N) {
  await boss.work(name, { batchSize: 5 }, async (jobs) => {
    const handler = await HANDLERS[name]();
    for (const job of jobs) await handler(JOBS[name].parse(job.data) as JobPayload<N>);
  });
}

function startOutboxLoop() {
  let stopped = false;
  let wake: () => void = () => {};
  let listener: pg.Client | undefined;

  async function listen() {
    try {
      listener = new pg.Client({ connectionString: env().DATABASE_URL });
      listener.on("notification", () => wake());
      listener.on("error", () => (listener = undefined));
      await listener.connect();
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      log.warn({ err: error }, "could not LISTEN for outbox events; polling only");
    }
  }

  async function loop() {
    let indexSync: "to do" | "running" | "done" = "to do";
    while (!stopped) {
      try {
        if (indexSync === "to do") {
          // the indexes exist before the first drain; rebuilding them (minutes at scale) runs beside it
          await createMissingIndexes();
          indexSync = "running";
          void syncIndexes().then(
            (indexes) => (
              (indexSync = "done"),
              log.info({ indexes }, "search indexes in line with the code")
            ),
            (error: unknown) => {
              indexSync = "to do";
              log.warn({ err: error }, "search indexes not yet in line with the code; retrying");
            },
          );
        }
        // drain until empty, then sleep until notified (or the poll interval passes)
        while (!stopped && (await drainOutboxBatch()) > 0);
      } catch (error) {
        log.warn({ err: error }, "search sync unavailable; retrying");
      }
      if (!listener && !stopped) await listen();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        wake = () => (clearTimeout(timer), resolve());
      });
    }
  }

  const running = loop();
  return {
    stop: async () => {
      stopped = true;
      wake();
      await running;
      await listener?.end().catch(() => {});
    },
  };
}
