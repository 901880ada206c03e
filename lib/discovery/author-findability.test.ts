import { beforeAll, describe, expect, it } from "vitest";
import type { Visibility } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { createPost } from "@/lib/feed/create-post";
import { updateProfile } from "@/lib/profiles/update-profile";
import { createMember } from "@/tests/helpers";
import { drainOutboxBatch } from "@/lib/search/drain-outbox";
import { recordSearchChange } from "@/lib/search/outbox";
import { searchEverything } from "./search";
import { syncIndexes } from "@/lib/search/sync-indexes";

// Every index whose documents name a member: posts (their author). People search has its own findability
// tests (search.test.ts); companies and jobs name only company pages.
const tag = `Fa${Date.now().toString(36)}`;
type Member = Awaited<ReturnType<typeof createMember>>;
const authors = {} as Record<Visibility, Member>;
let stranger: Member, connection: Member;
const drainAll = async () => {
  while ((await drainOutboxBatch()) > 0);
};
const nameWord = (findableBy: Visibility) => `${tag}${findableBy.replace("_", "")}`;
const posts = (viewer: Member | null, input: object) =>
  searchEverything(viewer, { type: "posts", ...input }).then((r) =>
    r.posts!.hits.map((hit) => hit.author.id),
  );

describe("a post's author in search", () => {
  beforeAll(async () => {
    await syncIndexes();
    for (const findableBy of ["public", "members", "connections", "only_me"] as const) {
      authors[findableBy] = await createMember({ name: `${nameWord(findableBy)} Writer` });
      await db.profile.update({ where: { userId: authors[findableBy].id }, data: { findableBy } });
      await createPost(authors[findableBy], { text: `${tag} gardens in spring`, audience: "anyone" });
    }
    [stranger, connection] = await Promise.all([createMember(), createMember()]);
    await db.connection.createMany({
      data: [
        { userId: connection.id, otherId: authors.connections.id },
        { userId: authors.connections.id, otherId: connection.id },
      ],
    });
    await recordSearchChange(
      db,
      "person",
      Object.values(authors).map((a) => a.id),
    );
    await drainAll();
  });

  it("finds the post by its words for anyone, whoever may find its author", async () => {
    for (const viewer of [null, stranger, connection])
      expect(new Set(await posts(viewer, { q: `${tag} gardens` }))).toEqual(
        new Set(Object.values(authors).map((a) => a.id)),
      );
  });

  it("finds it by its author's name only where the author may be found", async () => {
    const foundByName = async (viewer: Member | null) => {
      const found: Visibility[] = [];
      for (const findableBy of Object.keys(authors) as Visibility[])
        if ((await posts(viewer, { q: nameWord(findableBy) })).includes(authors[findableBy].id))
          found.push(findableBy);
      return found;
    };
    expect(await foundByName(null)).toEqual(["public"]);
    expect(await foundByName(stranger)).toEqual(["public", "members"]);
    // a connections-only author isn't found by name in posts even by a connection (people search finds them)
    expect(await foundByName(connection)).toEqual(["public", "members"]);
  });

  it("picks posts by an author's name only where the author may be found", async () => {
    const byAuthor = (viewer: Member | null, findableBy: Visibility) =>
      posts(viewer, { filters: { authorName: [authors[findableBy].name] } });
    expect(await byAuthor(null, "public")).toEqual([authors.public.id]);
    expect(await byAuthor(null, "members")).toEqual([]);
    expect(await byAuthor(stranger, "members")).toEqual([authors.members.id]);
    expect(await byAuthor(stranger, "connections")).toEqual([]);
    expect(await byAuthor(connection, "connections")).toEqual([authors.connections.id]);
    for (const viewer of [null, stranger, connection]) expect(await byAuthor(viewer, "only_me")).toEqual([]);
  });

  it("follows the author's choice at once in PostgreSQL, and in the index once the outbox is drained", async () => {
    const author = await createMember({ name: `${tag}changing Writer` });
    await createPost(author, { text: `${tag} a quiet note`, audience: "anyone" });
    await drainAll();
    expect(await posts(null, { q: `${tag}changing` })).toEqual([author.id]);

    // the index is behind: the page's own check leaves the post out
    await db.profile.update({ where: { userId: author.id }, data: { findableBy: "only_me" } });
    expect(await posts(null, { q: `${tag}changing` })).toEqual([]);
    expect(await posts(null, { q: `${tag} quiet note` })).toContain(author.id);

    // the use case sends the author's posts through the outbox too
    await db.profile.update({ where: { userId: author.id }, data: { findableBy: "public" } });
    await updateProfile(author, author.handle, { findableBy: "only_me" });
    await drainAll();
    const document = await searchIndexDocument(author.id);
    expect(document).toMatchObject({ authorNameForEveryone: "", authorNameForMembers: "" });
  });
});

async function searchIndexDocument(authorId: string) {
  const { search } = await import("@/lib/search/client");
  const { hits } = await search()
    .index("posts")
    .search("", { filter: `authorId = "${authorId}"` });
  return hits[0];
}
