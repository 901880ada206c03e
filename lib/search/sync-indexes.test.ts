import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCompany } from "@/lib/companies/save-company";
import { createMember } from "@/tests/helpers";
import { search } from "./client";
import { checkDrift, hasDrift } from "./check-drift";
import { reindex } from "./reindex";
import { DOCUMENT_VERSIONS, settingsHash } from "./index-state";
import { syncIndexes } from "./sync-indexes";

const personDocument = (id: string) =>
  search()
    .index("people")
    .getDocument(id)
    .catch(() => null);

describe("search indexes kept in line with the code", () => {
  it("rebuild what is missing or of an older shape, apply changed settings, and leave the rest alone", async () => {
    await syncIndexes();
    expect(await syncIndexes()).toEqual({
      people: "current",
      posts: "current",
      companies: "current",
      jobs: "current",
    });
    const state = await db.searchIndexState.findUniqueOrThrow({ where: { name: "companies" } });
    expect(state).toMatchObject({
      settingsHash: settingsHash("companies"),
      documentVersion: DOCUMENT_VERSIONS.companies,
    });

    await db.searchIndexState.update({ where: { name: "companies" }, data: { settingsHash: "older" } });
    await db.searchIndexState.update({ where: { name: "posts" }, data: { documentVersion: 0 } });
    expect(await syncIndexes()).toEqual({
      people: "current",
      posts: "rebuilt",
      companies: "settings",
      jobs: "current",
    });
    const settings = await search().index("people").getSettings();
    expect(settings.synonyms?.["前端"]).toContain("frontend");
    expect(settings.filterableAttributes).toContain("findableBy");
  });

  it("rebuilds an index from PostgreSQL, with what changed during the rebuild, and swaps it in", async () => {
    // a member the index never heard of (no outbox event), and one changed while the rebuild runs
    const unheard = await createMember({ name: `Unheard ${Date.now().toString(36)}` });
    await db.outboxEvent.deleteMany({ where: { entityId: unheard.id } });
    const changed = await createMember({ name: `Before ${Date.now().toString(36)}` });
    const progress: number[] = [];
    const written = await reindex("people", {
      onProgress: async ({ done, total }) => {
        progress.push(done);
        if (done === total && progress.length > 1)
          await db.$transaction(async (tx) => {
            await tx.user.update({ where: { id: changed.id }, data: { name: "Renamed during the rebuild" } });
            await tx.outboxEvent.create({ data: { entity: "person", entityId: changed.id, op: "upsert" } });
          });
      },
    });
    expect(written).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toBeGreaterThanOrEqual(written);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await personDocument(unheard.id)).toMatchObject({ name: unheard.name });
    expect(await personDocument(changed.id)).toMatchObject({ name: "Renamed during the rebuild" });
    const indexes = (await search().getIndexes({ limit: 100 })).results.map((index) => index.uid);
    expect(indexes.filter((uid) => uid.startsWith("people_rebuild_"))).toEqual([]);
  });

  it("report drift between PostgreSQL and Meilisearch: a member missing, one too many, one out of date", async () => {
    // other test files write companies meanwhile: only what this test did is asserted exactly
    const owner = await createMember();
    const stale = await createCompany(owner, {
      slug: `drift-${Date.now().toString(36)}`,
      nameEn: "Drift Test Ltd",
    });
    await reindex("companies");
    await search().index("companies").deleteDocument(stale.id).waitTask();
    await search()
      .index("companies")
      .addDocuments([{ id: "no-such-company", slug: "ghost" }])
      .waitTask();
    const drift = await checkDrift("companies", { sampleSize: 10_000 });
    expect(hasDrift(drift)).toBe(true);
    expect(drift.missing.ids).toContain(stale.id);
    expect(drift.extra.ids).toContain("no-such-company");
    await reindex("companies");
    const after = await checkDrift("companies");
    expect(after.missing.ids).not.toContain(stale.id);
    expect(after.extra.ids).not.toContain("no-such-company");
    expect(after.different).toEqual([]);
  });
});
