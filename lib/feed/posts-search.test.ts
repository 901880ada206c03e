import { beforeAll, describe, expect, it } from "vitest";
import { syncIndexes } from "@/lib/search/sync-indexes";
import { search } from "@/lib/search/client";
import { drainOutboxBatch } from "@/lib/search/drain-outbox";
import { createMember } from "@/tests/helpers";
import { createPost } from "./create-post";
import { deletePost, editPost } from "./edit-post";

async function drainAll() {
  while ((await drainOutboxBatch()) > 0);
}

const isIndexed = (id: string) =>
  search()
    .index("posts")
    .getDocument(id)
    .then(() => true)
    .catch(() => false);

describe("posts in search", () => {
  beforeAll(async () => {
    await syncIndexes();
  });

  it("hold only posts for anyone: audience changes and deletes are reflected", async () => {
    const author = await createMember({ name: "搜索 作者" });
    const secret = await createPost(author, { text: "仅联系人可见的 #内部计划", audience: "connections" });
    const open = await createPost(author, { text: "Open roadmap for everyone #roadmap" });
    await drainAll();
    expect(await isIndexed(secret.id)).toBe(false);
    expect(await isIndexed(open.id)).toBe(true);
    const hits = await search()
      .index("posts")
      .search("roadmap", { filter: `authorId = "${author.id}"` });
    expect(hits.hits.map((hit) => hit.id)).toEqual([open.id]);

    await editPost(author, { postId: open.id, audience: "connections" });
    await editPost(author, { postId: secret.id, audience: "anyone" });
    await drainAll();
    expect(await isIndexed(open.id)).toBe(false);
    expect(await isIndexed(secret.id)).toBe(true);

    await deletePost(author, { postId: secret.id });
    await drainAll();
    expect(await isIndexed(secret.id)).toBe(false);
  });
});
