import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createCompany } from "@/lib/companies/save-company";
import { db } from "@/lib/db";
import { blockMember } from "@/lib/network/blocks";
import { drainOutboxBatch } from "@/lib/search/drain-outbox";
import { syncIndexes } from "@/lib/search/sync-indexes";
import { appErrorOf, createMember, givePageRole } from "@/tests/helpers";
import { searchCandidates } from "./search-candidates";

type Member = Awaited<ReturnType<typeof createMember>>;
// a word only this run's people have, so other tests' members never match
const tag = `rq${randomBytes(4).toString("hex")}`;
const EXAMPLE = `(产品经理 OR "product manager") AND 杭州 NOT 实习 AND ${tag}`;

async function person(
  name: string,
  profile: { headline: string; city: string },
  extra: {
    title?: string;
    companyId?: string;
    openToWork?: "everyone" | "recruiters";
    findableBy?: "only_me";
  } = {},
) {
  const member = await createMember({ name });
  await db.profile.update({
    where: { userId: member.id },
    data: {
      ...profile,
      ...(extra.findableBy && { findableBy: extra.findableBy }),
      ...(extra.openToWork && { openToWork: true, openToWorkAudience: extra.openToWork }),
      positions: {
        create: {
          companyName: `${tag} Co`,
          companyId: extra.companyId ?? null,
          title: extra.title ?? profile.headline,
          startDate: new Date("2018-03-01"),
          sortOrder: 0,
        },
      },
    },
  });
  await db.outboxEvent.create({ data: { entity: "person", entityId: member.id, op: "upsert" } });
  return member;
}

async function company(isVerified: boolean) {
  const owner = await createMember();
  const recruiter = await createMember();
  const slug = `rq-${randomBytes(4).toString("hex")}`;
  await createCompany(owner, { slug, nameEn: `${tag} ${slug}` });
  const row = await db.company.update({
    where: { slug },
    data: { verifiedAt: isVerified ? new Date() : null },
    select: { id: true },
  });
  await givePageRole(owner, slug, recruiter, "recruiter");
  return { id: row.id, owner, recruiter };
}

const names = (results: { hits: { name: string }[] }) => results.hits.map((hit) => hit.name).sort();
let verified: Awaited<ReturnType<typeof company>>, unverified: Awaited<ReturnType<typeof company>>;
let employee: Member, candidate: Member;

describe("recruiter candidate search", () => {
  beforeAll(async () => {
    await syncIndexes();
    [verified, unverified] = await Promise.all([company(true), company(false)]);
    await person(`${tag} 王磊`, { headline: "高级产品经理", city: "杭州" });
    await person(`${tag} Maria`, { headline: "Senior Product Manager", city: "Hangzhou" });
    await person(`${tag} 实习生`, { headline: "产品经理实习生", city: "杭州" });
    await person(`${tag} Tom`, { headline: "Manager of Product", city: "Hangzhou" });
    await person(`${tag} 上海`, { headline: "产品经理", city: "上海" });
    await person(`${tag} 隐身`, { headline: "产品经理", city: "杭州" }, { findableBy: "only_me" });
    employee = await person(
      `${tag} Employee`,
      { headline: "Designer", city: "Hangzhou" },
      { companyId: verified.id, openToWork: "recruiters" },
    );
    candidate = await person(
      `${tag} Seeker`,
      { headline: "Designer", city: "Hangzhou" },
      { openToWork: "recruiters" },
    );
    await person(`${tag} Public`, { headline: "Designer", city: "Hangzhou" }, { openToWork: "everyone" });
    while ((await drainOutboxBatch()) > 0);
  });

  it("answers the boolean query exactly: synonyms both ways, NOT, and phrases in order", async () => {
    const results = await searchCandidates(verified.recruiter, { q: EXAMPLE });
    expect(names(results)).toEqual([`${tag} Maria`, `${tag} 王磊`].sort());
    expect(results.query).toBe(`(产品经理 OR "product manager") AND 杭州 AND NOT 实习 AND ${tag}`);
  });

  it("combines the query with filters: location, current company, years of experience", async () => {
    const results = await searchCandidates(verified.recruiter, {
      q: `${tag} AND (产品经理 OR "product manager")`,
      filters: { city: ["Hangzhou"], currentCompany: [`${tag} Co`], experience: ["6-10"] },
    });
    // 杭州 and Hangzhou are one place
    expect(names(results)).toEqual([`${tag} Maria`, `${tag} 实习生`, `${tag} 王磊`].sort());
    const tooJunior = await searchCandidates(verified.recruiter, {
      q: `${tag} AND "product manager"`,
      filters: { experience: ["0-2"] },
    });
    expect(tooJunior.hits).toEqual([]);
    // facet counts are Meilisearch's, before the phrase check on the rows
    expect(results.facets.city).toContainEqual(
      expect.objectContaining({ value: "Hangzhou", isSelected: true }),
    );
  });

  it("shows a private open-to-work signal to a verified company's recruiter, never to the member's employer", async () => {
    const q = `${tag} AND Designer`;
    const asOutsider = await searchCandidates(verified.recruiter, { q, filters: { openToWork: ["true"] } });
    expect(names(asOutsider)).toEqual([`${tag} Public`, `${tag} Seeker`].sort());
    expect(asOutsider.hits.find((h) => h.id === candidate.id)?.openToWork).toEqual({
      isPrivate: true,
      titles: [],
    });
    const everyone = await searchCandidates(verified.recruiter, { q });
    expect(everyone.hits.find((h) => h.id === employee.id)?.openToWork).toBeNull();

    // an unverified company's recruiter sees only the public signal
    const unverifiedView = await searchCandidates(unverified.recruiter, {
      q,
      filters: { openToWork: ["true"] },
    });
    expect(names(unverifiedView)).toEqual([`${tag} Public`]);
    expect(
      (await searchCandidates(unverified.recruiter, { q })).hits.find((h) => h.id === candidate.id)
        ?.openToWork,
    ).toBeNull();
  });

  it("is for recruiters only, and never shows people blocked either way", async () => {
    const member = await createMember();
    expect(await appErrorOf(searchCandidates(member, { q: tag }))).toMatchObject({
      code: "forbidden",
      messageKey: "recruiter.notRecruiter",
    });
    expect(await appErrorOf(searchCandidates(null, { q: tag }))).toMatchObject({ code: "unauthenticated" });
    await blockMember(candidate, { handle: unverified.recruiter.handle });
    const results = await searchCandidates(unverified.recruiter, { q: `${tag} AND Designer` });
    expect(results.hits.map((h) => h.id)).not.toContain(candidate.id);
  });

  it("points at the mistake in a malformed query, and refuses unknown filters", async () => {
    const error = await appErrorOf(
      searchCandidates(verified.recruiter, { q: '产品经理 OR "product manager' }),
    );
    expect(error).toMatchObject({
      code: "validation",
      details: { fields: { q: "recruiter.query.unclosedQuote" } },
    });
    expect(error.details.values).toEqual({ column: 9 });
    const filter = await appErrorOf(
      searchCandidates(verified.recruiter, { q: tag, filters: { salary: ["x"] } }),
    );
    expect(filter.code).toBe("validation");
  });
});
