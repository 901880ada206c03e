import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PostAudience } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { search } from "@/lib/search/client";
import { generatedNetwork, randomFrom, sorted, tieBetween, type Ties } from "@/tests/visibility-cases";
import {
  canViewPost,
  PUBLIC_POSTS,
  visiblePostsFilter,
  visiblePostsSql,
  visiblePostsWhere,
  publicPostsWhere,
  type PostStanding,
} from "./post-visibility";

const MEMBERS = 8;
const POSTS = 80;

describe("the post rule", () => {
  const { random, pick } = randomFrom(20261202);
  const posts: (PostStanding & { id: string })[] = [];
  let viewers: { name: string; viewer: Ties | null }[] = [];
  const meili = search();
  const indexName = `post_rule_${Date.now()}`;

  beforeAll(async () => {
    const network = await generatedNetwork(MEMBERS, random);
    const members = network.members;
    viewers = network.viewers;
    const audiences: PostAudience[] = ["anyone", "connections"];
    for (let n = 0; n < POSTS; n++) {
      const post = await db.post.create({
        data: {
          authorId: pick(members),
          audience: pick(audiences),
          text: `post rule ${n}`,
          deletedAt: random() < 0.2 ? new Date() : null,
        },
        select: { id: true, authorId: true, audience: true, deletedAt: true },
      });
      posts.push(post);
    }
    // the posts index holds the public posts: the Meilisearch form is checked on an index made the same way
    await meili.createIndex(indexName, { primaryKey: "id" }).waitTask();
    await meili.index(indexName).updateFilterableAttributes(["id", "authorId"]).waitTask();
    const indexed = posts.filter((post) => PUBLIC_POSTS(null).holds(post));
    await meili
      .index(indexName)
      .addDocuments(indexed.map(({ id, authorId }) => ({ id, authorId })))
      .waitTask();
  });

  afterAll(async () => {
    await meili.deleteIndex(indexName).waitTask();
  });

  const ids = () => posts.map((post) => post.id);

  it("covers authors, connections, strangers, blocked members, both audiences and deleted posts", () => {
    const cases = new Set<string>();
    for (const { viewer } of viewers)
      for (const post of posts)
        cases.add(
          `${tieBetween(viewer, post.authorId)}/${post.audience}/${post.deletedAt ? "deleted" : "live"}`,
        );
    expect(cases.size).toBe(2 * 2 * 5);
  });

  it("selects the same posts on a loaded row, in Prisma, in SQL and in Meilisearch, for every viewer", async () => {
    for (const { name, viewer } of viewers) {
      const expected = sorted(posts.filter((post) => canViewPost(viewer, post)).map((post) => post.id));

      const byPrisma = await db.post.findMany({
        where: { AND: [{ id: { in: ids() } }, visiblePostsWhere(viewer)] },
        select: { id: true },
      });
      expect(sorted(byPrisma.map((row) => row.id)), `${name}: Prisma`).toEqual(expected);

      const bySql = await db.$queryRaw<{ id: string }[]>`
        SELECT p.id FROM "Post" p WHERE p.id IN (${Prisma.join(ids())}) AND ${visiblePostsSql(viewer, "p")}`;
      expect(sorted(bySql.map((row) => row.id)), `${name}: SQL`).toEqual(expected);

      const clauses = visiblePostsFilter(viewer);
      const publicIds = new Set(
        posts.filter((post) => PUBLIC_POSTS(null).holds(post)).map((post) => post.id),
      );
      const found = clauses
        ? (await meili.index(indexName).search("", { filter: clauses, limit: POSTS })).hits.map((hit) =>
            String(hit.id),
          )
        : [];
      expect(sorted(found), `${name}: Meilisearch`).toEqual(expected.filter((id) => publicIds.has(id)));
    }
  });

  it("names the public posts the same way in Prisma as on a loaded row", async () => {
    const rows = await db.post.findMany({
      where: { AND: [{ id: { in: ids() } }, publicPostsWhere()] },
      select: { id: true },
    });
    expect(sorted(rows.map((row) => row.id))).toEqual(
      sorted(posts.filter((post) => PUBLIC_POSTS(null).holds(post)).map((post) => post.id)),
    );
  });
});
