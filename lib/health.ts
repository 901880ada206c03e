import "server-only";
import packageJson from "@/package.json";
import { db } from "@/lib/db";
import type { Meilisearch } from "meilisearch";
import { isSearchHealthy, search } from "@/lib/search/client";

type Check = "ok" | "down";

async function withTimeout(check: Promise<boolean>, ms = 3_000): Promise<Check> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref?.());
  return (await Promise.race([check.catch(() => false), timeout])) ? "ok" : "down";
}

/** Search being down degrades the app (search falls back to PostgreSQL), so it is reported but named. */
export async function checkHealth(searchClient: Meilisearch = search()) {
  const [database, searchStatus] = await Promise.all([
    withTimeout(db.$queryRaw`SELECT 1`.then(() => true)),
    withTimeout(isSearchHealthy(searchClient)),
  ]);
  const status = database === "ok" && searchStatus === "ok" ? "ok" : "down";
  return { status, db: database, search: searchStatus, version: packageJson.version } as const;
}
