import "server-only";
import packageJson from "@/package.json";
import { db } from "@/lib/db";
import { isSearchHealthy } from "@/lib/search/client";

type Check = "ok" | "down";

async function withTimeout(check: Promise<boolean>, ms = 3_000): Promise<Check> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref?.());
  return (await Promise.race([check.catch(() => false), timeout])) ? "ok" : "down";
}

/** Search being down degrades the app (search falls back to PostgreSQL), so it is reported but named. */
export async function checkHealth() {
  const [database, search] = await Promise.all([
    withTimeout(db.$queryRaw`SELECT 1`.then(() => true)),
    withTimeout(isSearchHealthy()),
  ]);
  const status = database === "ok" && search === "ok" ? "ok" : "down";
  return { status, db: database, search, version: packageJson.version } as const;
}
