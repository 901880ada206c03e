import { describe, expect, it } from "vitest";
import { pendingSchemaChanges } from "./migrate";

describe("prisma/migrations", () => {
  it("bring a database exactly to schema.prisma (run `npm run db:migrate -- --name …` after a schema change)", async () => {
    expect(await pendingSchemaChanges(process.env.DATABASE_URL!)).toBe("");
  });
});
