import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { Visibility } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { search } from "@/lib/search/client";
import { generatedNetwork, randomFrom, sorted, tieBetween, type Ties } from "@/tests/visibility-cases";
import {
  findableAuthorsFilter,
  findablePeopleFilter,
  findableProfilesSql,
  findableProfilesWhere,
  isFindable,
  type FindableMember,
} from "./findability";

const MEMBERS = 14;
const CHOICES: Visibility[] = ["public", "members", "connections", "only_me"];

describe("findability", () => {
  const { random, pick } = randomFrom(31);
  const members: FindableMember[] = [];
  let viewers: { name: string; viewer: Ties | null }[] = [];
  const meili = search();
  const people = `findability_people_${Date.now()}`;
  const posts = `findability_posts_${Date.now()}`;

  beforeAll(async () => {
    const network = await generatedNetwork(MEMBERS, random);
    viewers = network.viewers;
    for (const id of network.members) {
      const findableBy = pick(CHOICES);
      await db.profile.update({ where: { userId: id }, data: { findableBy } });
      members.push({ id, findableBy });
    }
    // documents as the people and posts indexes carry them (lib/profiles/person-document.ts, lib/feed/post-document.ts)
    for (const [index, fields] of [
      [people, ["id", "findableBy", "connectionIds"]],
      [posts, ["authorId", "authorFindableBy"]],
    ] as const) {
      await meili.createIndex(index, { primaryKey: "id" }).waitTask();
      await meili
        .index(index)
        .updateFilterableAttributes([...fields])
        .waitTask();
    }
    await meili
      .index(people)
      .addDocuments(
        members.map(({ id, findableBy }) => ({
          id,
          findableBy,
          connectionIds: [...network.ties.get(id)!.connectedIds],
        })),
      )
      .waitTask();
    await meili
      .index(posts)
      .addDocuments(
        members.map(({ id, findableBy }) => ({
          id: `post-${id}`,
          authorId: id,
          authorFindableBy: findableBy,
        })),
      )
      .waitTask();
  });

  afterAll(async () => {
    for (const index of [people, posts]) await meili.deleteIndex(index).waitTask();
  });

  it("covers every choice against anonymous visitors, themselves, connections, strangers and blocked members", () => {
    const cases = new Set(
      viewers.flatMap(({ viewer }) => members.map((m) => `${tieBetween(viewer, m.id)}/${m.findableBy}`)),
    );
    expect(cases.size).toBe(5 * CHOICES.length);
  });

  it("finds the same members on a loaded row, in Prisma, in SQL and in both indexes, for every viewer", async () => {
    const ids = members.map((member) => member.id);
    for (const { name, viewer } of viewers) {
      const expected = sorted(
        members.filter((member) => isFindable(viewer, member)).map((member) => member.id),
      );

      const byPrisma = await db.profile.findMany({
        where: { AND: [{ userId: { in: ids } }, findableProfilesWhere(viewer)] },
        select: { userId: true },
      });
      expect(sorted(byPrisma.map((row) => row.userId)), `${name}: Prisma`).toEqual(expected);

      const bySql = await db.$queryRaw<{ userId: string }[]>`
        SELECT p."userId" FROM "Profile" p
        WHERE p."userId" IN (${Prisma.join(ids)}) AND ${findableProfilesSql(viewer, "p")}`;
      expect(sorted(bySql.map((row) => row.userId)), `${name}: SQL`).toEqual(expected);

      const inPeople = findablePeopleFilter(viewer);
      const foundPeople = inPeople
        ? (await meili.index(people).search("", { filter: inPeople, limit: MEMBERS })).hits.map((hit) =>
            String(hit.id),
          )
        : [];
      expect(sorted(foundPeople), `${name}: people index`).toEqual(expected);

      const inPosts = findableAuthorsFilter(viewer);
      const foundAuthors = inPosts
        ? (await meili.index(posts).search("", { filter: inPosts, limit: MEMBERS })).hits.map((hit) =>
            String(hit.id).slice("post-".length),
          )
        : [];
      expect(sorted(foundAuthors), `${name}: posts index`).toEqual(expected);
    }
  });
});
