// Integration tests run against real PostgreSQL and Meilisearch: the launcher's services on free ports with a
// throw-away data dir (or the servers named by DATABASE_URL / MEILI_HOST).
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { setUpJobQueues } from "../lib/queue/setup.ts";
import { startServices } from "../scripts/services/index.ts";

declare module "vitest" {
  export interface ProvidedContext {
    serviceEnv: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = path.join(process.cwd(), ".data", `test-${process.pid}-${os.hostname()}`);
  const services = await startServices({ dataDir, ephemeral: true });
  await setUpJobQueues(services.env.DATABASE_URL);
  project.provide("serviceEnv", {
    ...services.env,
    DEV_MAILBOX: "true",
    APP_URL: "http://localhost:3000",
    // inside the data dir, so it goes with it
    UPLOADS_DIR: path.join(dataDir, "uploads"),
  });
  return () => services.stop();
}
