import { Meilisearch } from "meilisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { signUp } from "@/lib/auth/sign-up";
import { uniqueMember } from "@/prisma/seed/factories";
import { requestContext, STRONG_PASSWORD } from "@/tests/helpers";
import { applyIndexSettings } from "./apply-index-settings";
import { drainOutboxBatch } from "./drain-outbox";
import { searchPeople } from "./search-people";

describe("searchPeople", () => {
  const name = `Searchable 欧阳${Date.now().toString(36)}`;
  let id: string;

  beforeAll(async () => {
    await applyIndexSettings();
    id = (await signUp({ ...uniqueMember({ name }), password: STRONG_PASSWORD }, requestContext())).id;
    while ((await drainOutboxBatch()) > 0);
  });

  it("finds a member by part of the name through Meilisearch", async () => {
    const results = await searchPeople(null, { q: name.slice(0, 14) });
    expect(results.isDegraded).toBe(false);
    expect(results.hits.map((h) => h.id)).toContain(id);
  });

  it("falls back to PostgreSQL, saying so, when Meilisearch is down", async () => {
    const unreachable = new Meilisearch({ host: "http://127.0.0.1:9", timeout: 500 });
    const results = await searchPeople(null, { q: name.toLowerCase() }, unreachable);
    expect(results.isDegraded).toBe(true);
    expect(results.hits.map((h) => h.id)).toEqual([id]);
  });

  it("answers an empty or oversized query without searching", async () => {
    expect(await searchPeople(null, { q: "   " })).toEqual({ hits: [], isDegraded: false });
    await expect(searchPeople(null, { q: "x".repeat(201) })).rejects.toMatchObject({ code: "validation" });
  });
});
