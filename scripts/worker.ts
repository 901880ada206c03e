// The background worker process (started by the launcher): node --conditions=react-server --import tsx scripts/worker.ts
import { startWorker } from "@/lib/composition/worker";
import { log } from "@/lib/log";

const stop = await startWorker();
let isStopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (isStopping) return;
    isStopping = true;
    await stop().catch((error) => log.error({ err: error }, "worker stop failed"));
    process.exit(0);
  });
}
