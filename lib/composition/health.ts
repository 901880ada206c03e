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

/**
 * The database down is the app down (503). Search down only degrades it — searches fall back to PostgreSQL —
 * so the app stays in service (200), and says so: `status: "degraded"`, `search: "down"`.
 */
export async function checkHealth(searchClient: Meilisearch = search()) {
  const [database, searchStatus] = await Promise.all([
    withTimeout(db.$queryRaw`SELECT 1`.then(() => true)),
    withTimeout(isSearchHealthy(searchClient)),
  ]);
  const status = database === "down" ? "down" : searchStatus === "down" ? "degraded" : "ok";
  return { status, db: database, search: searchStatus, version: packageJson.version } as const;
}
