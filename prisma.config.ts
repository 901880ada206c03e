import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// Prisma 7 no longer loads .env itself.
if (existsSync(".env")) process.loadEnvFile(".env");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed/index.ts" },
  // `prisma generate` needs no database; the placeholder keeps it working without DATABASE_URL.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/renmai" },
});
