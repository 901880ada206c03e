import { Meilisearch } from "meilisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost } from "@/lib/feed/create-post";
import { blockMember } from "@/lib/network/blocks";
import { appErrorOf, createMember } from "@/tests/helpers";
import { drainOutboxBatch } from "@/lib/search/drain-outbox";
import { recordSearchChange } from "@/lib/search/outbox";
import { searchEverything } from "./search";
import { suggest } from "./suggest";
import { syncIndexes } from "@/lib/search/sync-indexes";
import { createCompany } from "@/lib/companies/save-company";

const tag = `Zq${Date.now().toString(36)}`;
type Member = Awaited<ReturnType<typeof createMember>>;
let viewer: Member, friend: Member, friendOfFriend: Member, stranger: Member, shy: Member, known: Member;
let blocker: Member;
let companyId: string;

async function connect(a: Member, b: Member) {
  await db.connection.createMany({
    data: [
      { userId: a.id, otherId: b.id },
      { userId: b.id, otherId: a.id },
    ],
  });
}

const idsOf = (section: { hits: { id: string }[] } | null) => section?.hits.map((hit) => hit.id) ?? [];
const unreachable = () => new Meilisearch({ host: "http://127.0.0.1:9", timeout: 500 });

describe("searchEverything", () => {
  beforeAll(async () => {
    await syncIndexes();
    const who = ["Viewer", "Friend", "Second", "Stranger", "Shy", "Known", "Blocker"];
    const members = await Promise.all(who.map((w) => createMember({ name: `${tag} ${w}` })));
    [viewer, friend, friendOfFriend, stranger, shy, known, blocker] = members as Member[] as [
      Member,
      Member,
      Member,
      Member,
      Member,
      Member,
      Member,
    ];
    await connect(viewer, friend);
    await connect(friend, friendOfFriend);
    await db.profile.update({ where: { userId: friend.id }, data: { city: "杭州", headline: "产品经理" } });
    await db.profile.update({ where: { userId: stranger.id }, data: { city: "上海" } });
    await db.profile.update({ where: { userId: shy.id }, data: { findableBy: "connections" } });
    await db.profile.update({
      where: { userId: known.id },
      data: { findableBy: "members", city: "Hangzhou City" },
    });
    // one employer, written three ways: linked to its page, and by each of the page's names without a link
    const page = await createCompany(stranger, {
      slug: `${tag.toLowerCase()}-yunqi`,
      nameZh: `${tag}云栖科技`,
      nameEn: `${tag} Yunqi Tech`,
    });
    companyId = page.id;
    const position = (userId: string, companyName: string, linked = false) => ({
      profileId: userId,
      companyName,
      companyId: linked ? page.id : null,
      title: "产品经理",
      startDate: new Date("2024-01-01"),
      sortOrder: 0,
    });
    await db.position.createMany({
      data: [
        position(friend.id, `${tag}云栖科技`, true),
        position(stranger.id, `${tag} yunqi tech`),
        position(known.id, `${tag}云栖科技`),
        position(friendOfFriend.id, `${tag} Other Ltd`),
      ],
    });
    await blockMember(blocker, { handle: viewer.handle });
    await createPost(friend, { text: `${tag} 公开的动态 #搜索测试`, audience: "anyone" });
    await createPost(friend, { text: `${tag} 只给人脉看的动态`, audience: "connections" });
    await recordSearchChange(
      db,
      "person",
      members.map((m) => m.id),
    );
    while ((await drainOutboxBatch()) > 0);
  });

  it("finds people with the viewer's degree to each, counted by degree and by city, highlighted", async () => {
    const { people, isDegraded } = await searchEverything(viewer, { q: tag, type: "people" });
    expect(isDegraded).toBe(false);
    expect(idsOf(people).sort()).toEqual(
      [viewer.id, friend.id, friendOfFriend.id, stranger.id, known.id].sort(),
    );
    const degrees = Object.fromEntries(people!.hits.map((hit) => [hit.id, hit.degree]));
    expect(degrees).toMatchObject({
      [viewer.id]: null,
      [friend.id]: 1,
      [friendOfFriend.id]: 2,
      [stranger.id]: 3,
    });
    expect(people!.facets.degree!.map((v) => [v.value, v.count])).toEqual([
      ["1", 1],
      ["2", 1],
      ["3", 2],
    ]);
    // 杭州 and "Hangzhou City" are one place, named in both languages
    expect(people!.facets.city).toEqual(
      expect.arrayContaining([
        { value: "Hangzhou", count: 2, isSelected: false, names: { zh: "杭州", en: "Hangzhou" } },
        { value: "Shanghai", count: 1, isSelected: false, names: { zh: "上海", en: "Shanghai" } },
      ]),
    );
    // a page linked, and its two names written by hand, are one employer
    expect(people!.facets.currentCompany).toEqual(
      expect.arrayContaining([
        {
          value: companyId,
          count: 3,
          isSelected: false,
          names: { zh: `${tag}云栖科技`, en: `${tag} Yunqi Tech` },
        },
        { value: `${tag} Other Ltd`, count: 1, isSelected: false },
      ]),
    );
    const name = people!.hits.find((hit) => hit.id === friend.id)!.highlight.name;
    expect(name.find((segment) => segment.isMatch)?.text.toLowerCase()).toBe(tag.toLowerCase());
  });

  it("narrows by facets, each still counted without its own choice", async () => {
    const second = await searchEverything(viewer, { q: tag, type: "people", filters: { degree: ["2"] } });
    expect(idsOf(second.people)).toEqual([friendOfFriend.id]);
    const inHangzhou = await searchEverything(viewer, {
      q: tag,
      type: "people",
      filters: { city: ["杭州"] },
    });
    expect(idsOf(inHangzhou.people).sort()).toEqual([friend.id, known.id].sort());
    expect(inHangzhou.people!.facets.city).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: "Hangzhou", count: 2, isSelected: true }),
        expect.objectContaining({ value: "Shanghai", count: 1, isSelected: false }),
      ]),
    );
    // an employer picked by a name it was written with finds everyone at that page
    const atYunqi = await searchEverything(viewer, {
      q: tag,
      type: "people",
      filters: { currentCompany: [`${tag} YUNQI TECH`] },
    });
    expect(idsOf(atYunqi.people).sort()).toEqual([friend.id, stranger.id, known.id].sort());
    expect(inHangzhou.people!.facets.degree!.find((v) => v.value === "1")!.count).toBe(1);
  });

  it("never shows a member to someone they did not let find them, nor a connections-only post", async () => {
    expect(idsOf((await searchEverything(null, { q: tag, type: "people" })).people)).not.toContain(known.id);
    expect(idsOf((await searchEverything(stranger, { q: tag, type: "people" })).people)).toContain(known.id);
    expect(idsOf((await searchEverything(blocker, { q: tag, type: "people" })).people)).not.toContain(
      viewer.id,
    );
    expect(idsOf((await searchEverything(viewer, { q: tag, type: "people" })).people)).not.toContain(
      blocker.id,
    );
    expect(idsOf((await searchEverything(stranger, { q: tag, type: "people" })).people)).not.toContain(
      shy.id,
    );
    expect(idsOf((await searchEverything(null, { q: tag, type: "people" })).people)).not.toContain(shy.id);
    await connect(shy, stranger);
    await recordSearchChange(db, "person", [shy.id, stranger.id]);
    while ((await drainOutboxBatch()) > 0);
    expect(idsOf((await searchEverything(stranger, { q: tag, type: "people" })).people)).toContain(shy.id);

    const posts = (await searchEverything(stranger, { q: tag, type: "posts" })).posts!;
    expect(posts.hits.map((hit) => hit.highlight.text.map((s) => s.text).join(""))).toEqual([
      expect.stringContaining("公开的动态"),
    ]);
    expect(posts.facets.hashtags).toEqual([{ value: "搜索测试", count: 1, isSelected: false }]);
  });

  it("shows a few of each kind for 'all', and nothing before a query", async () => {
    const all = await searchEverything(null, { q: tag });
    expect(all.people!.hits.length).toBeLessThanOrEqual(3);
    expect(all.posts!.hits).toHaveLength(1);
    expect(all.companies!.hits.map((hit) => hit.id)).toEqual([companyId]);
    expect(await searchEverything(null, { q: " " })).toMatchObject({ people: null, posts: null });
  });

  it("falls back to PostgreSQL under the same rules, saying so", async () => {
    const results = await searchEverything(viewer, { q: tag, type: "people" }, unreachable());
    expect(results.isDegraded).toBe(true);
    expect(idsOf(results.people)).toContain(friend.id);
    expect(idsOf(results.people)).not.toContain(shy.id);
    // every word as typed, in any of the fields, in any order
    const twoWords = await searchEverything(viewer, { q: `friend ${tag}`, type: "people" }, unreachable());
    expect(idsOf(twoWords.people)).toEqual([friend.id]);
    expect(twoWords.people!.hits[0]!.highlight.name.filter((s) => s.isMatch)).toHaveLength(2);
    const posts = await searchEverything(null, { q: tag, type: "posts" }, unreachable());
    expect(posts.posts!.hits).toHaveLength(1);
  });

  it("refuses filters that don't exist for the kind of result, and a made-up page", async () => {
    for (const input of [
      { q: tag, type: "people", filters: { color: ["red"] } },
      { q: tag, type: "people", filters: { degree: ["4"] } },
      { q: tag, type: "jobs" },
      { q: tag, type: "people", cursor: "-1" },
      { q: "x".repeat(201) },
    ])
      expect((await appErrorOf(searchEverything(viewer, input))).code, JSON.stringify(input)).toBe(
        "validation",
      );
  });

  it("suggests people as you type, the viewer's network first, with hashtags by prefix", async () => {
    const typed = await suggest(viewer, { q: `${tag} Fri` });
    expect(typed.people[0]).toMatchObject({ id: friend.id, degree: 1 });
    expect(typed.people[0]!.highlight.name.filter((s) => s.isMatch).length).toBeGreaterThan(0);

    const network = await suggest(viewer, { q: tag });
    expect(idsOf({ hits: network.people.slice(0, 2) }).sort()).toEqual([friend.id, friendOfFriend.id].sort());
    expect(idsOf({ hits: network.people })).not.toContain(blocker.id);
    expect(idsOf({ hits: (await suggest(null, { q: tag })).people })).not.toContain(known.id);
    expect(idsOf({ hits: (await suggest(blocker, { q: tag })).people })).not.toContain(viewer.id);

    const hashtags = (await suggest(null, { q: "#搜索测" })).hashtags;
    expect(hashtags[0]).toMatchObject({ name: "搜索测试", postCount: expect.any(Number) });
    expect(hashtags[0]!.highlight[0]).toEqual({ text: "搜索测", isMatch: true });

    const degraded = await suggest(viewer, { q: `${tag} fri` }, unreachable());
    expect(degraded.isDegraded).toBe(true);
    expect(idsOf({ hits: degraded.people })).toEqual([friend.id]);
    expect((await suggest(null, { q: "#搜索测" }, unreachable())).hashtags[0]?.name).toBe("搜索测试");
    expect((await appErrorOf(suggest(viewer, { q: "x".repeat(101) }))).code).toBe("validation");
  });
});
