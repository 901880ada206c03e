import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { blockMember } from "@/lib/network/blocks";
import { appErrorOf, createMember } from "@/tests/helpers";
import { addComment } from "@/lib/feed/add-comment";
import { deleteComment } from "@/lib/feed/delete-comment";
import { createPost } from "./create-post";
import { deletePost, editPost } from "./edit-post";
import { getHomeFeed } from "./home-feed";
import { listComments } from "./list-comments";
import { loadPostCards } from "./post-cards";
import { reactToPost, removeReaction } from "./reactions";
import { repost } from "./repost";

async function connect(a: { id: string }, b: { id: string }) {
  await db.connection.createMany({
    data: [
      { userId: a.id, otherId: b.id },
      { userId: b.id, otherId: a.id },
    ],
  });
}

describe("posts", () => {
  it("stores hashtags, notifies mentioned members, and keeps markup as text", async () => {
    const [author, friend] = await Promise.all([createMember(), createMember()]);
    const text = `新品上线 #跨境电商 #SaaS 感谢 @${friend.handle} <script>alert(1)</script>`;
    const { id } = await createPost(author, { text });
    const post = await db.post.findUniqueOrThrow({
      where: { id },
      select: { text: true, hashtags: { select: { hashtag: { select: { name: true } } } } },
    });
    expect(post.text).toBe(text);
    expect(post.hashtags.map((h) => h.hashtag.name).sort()).toEqual(["saas", "跨境电商"]);
    const mention = await db.notification.findFirst({ where: { recipientId: friend.id, kind: "mention" } });
    expect(mention).toMatchObject({ actorId: author.id, subjectId: id });
    expect(await db.outboxEvent.count({ where: { entity: "post", entityId: id } })).toBe(1);
  });

  it("shows mentioned members by name, in posts and in comments; a handle that is no member stays text", async () => {
    const [author, friend] = await Promise.all([
      createMember({ name: "李伟" }),
      createMember({ name: "王芳" }),
    ]);
    const { id } = await createPost(author, { text: `感谢 @${friend.handle} 和 @no-such-member-here` });
    const [card] = await loadPostCards(author, [id]);
    expect(card!.mentions).toEqual([{ handle: friend.handle, name: "王芳" }]);
    await addComment(friend, { postId: id, text: `@${author.handle} 客气了` });
    const { items } = await listComments(null, { postId: id });
    expect(items[0]!.mentions).toEqual([{ handle: author.handle, name: "李伟" }]);
  });

  it("refuses an empty post, a too long one and anonymous authors, storing nothing", async () => {
    const author = await createMember();
    expect((await appErrorOf(createPost(author, { text: "  " }))).messageKey).toBe("feed.emptyPost");
    expect((await appErrorOf(createPost(author, { text: "字".repeat(3001) }))).details.fields).toEqual({
      text: "text.tooLong",
    });
    expect((await appErrorOf(createPost(null, { text: "hi" }))).code).toBe("unauthenticated");
    expect((await appErrorOf(createPost(author, { text: "hi", audience: "friends" }))).code).toBe(
      "validation",
    );
    expect(await db.post.count({ where: { authorId: author.id } })).toBe(0);
  });

  it("stops a member after 30 posts in an hour with a clear error", async () => {
    const author = await createMember();
    for (let i = 0; i < 30; i++) await createPost(author, { text: `post ${i}` });
    const error = await appErrorOf(createPost(author, { text: "one too many" }));
    expect(error).toMatchObject({ code: "rate_limited", messageKey: "feed.tooManyPosts" });
    expect(await db.post.count({ where: { authorId: author.id } })).toBe(30);
  });

  it("lets only the author edit (marked edited) and delete", async () => {
    const [author, other] = await Promise.all([createMember(), createMember()]);
    const { id } = await createPost(author, { text: "first #draft" });
    expect((await appErrorOf(editPost(other, { postId: id, text: "mine now" }))).code).toBe("forbidden");
    expect((await appErrorOf(deletePost(other, { postId: id }))).code).toBe("forbidden");
    await editPost(author, { postId: id, text: "second #final" });
    const [card] = await loadPostCards(author, [id]);
    expect(card).toMatchObject({ text: "second #final" });
    expect(card!.editedAt).not.toBeNull();
    await deletePost(author, { postId: id });
    expect(await loadPostCards(author, [id])).toEqual([]);
  });
});

describe("who sees a post", () => {
  it("connections-only posts reach connections only, and stop when the connection ends", async () => {
    const [author, friend, stranger] = await Promise.all([createMember(), createMember(), createMember()]);
    await connect(author, friend);
    const { id } = await createPost(author, { text: "只给联系人看", audience: "connections" });
    expect(await loadPostCards(friend, [id])).toHaveLength(1);
    expect(await loadPostCards(stranger, [id])).toEqual([]);
    expect(await loadPostCards(null, [id])).toEqual([]);
    expect((await appErrorOf(reactToPost(stranger, { postId: id, type: "like" }))).code).toBe("not_found");
    expect((await getHomeFeed(friend, {})).items.map((item) => item.id)).toContain(id);

    await db.connection.deleteMany({ where: { userId: { in: [author.id, friend.id] } } });
    expect(await loadPostCards(friend, [id])).toEqual([]);
    expect((await getHomeFeed(friend, {})).items.map((item) => item.id)).not.toContain(id);
  });

  it("blocked members never see each other's posts", async () => {
    const [author, blocked] = await Promise.all([createMember(), createMember()]);
    await connect(author, blocked);
    const { id } = await createPost(author, { text: "hello" });
    await blockMember(author, { handle: blocked.handle });
    expect(await loadPostCards(blocked, [id])).toEqual([]);
    expect((await appErrorOf(addComment(blocked, { postId: id, text: "hi" }))).code).toBe("not_found");
  });
});

describe("interactions", () => {
  it("counts stay exact under concurrent reactions, changes and removals", async () => {
    const author = await createMember();
    const { id } = await createPost(author, { text: "react to me" });
    const members = await Promise.all(Array.from({ length: 12 }, () => createMember()));
    await Promise.all(members.map((m) => reactToPost(m, { postId: id, type: "like" })));
    await Promise.all([
      ...members.slice(0, 4).map((m) => reactToPost(m, { postId: id, type: "insightful" })),
      ...members.slice(0, 4).map((m) => reactToPost(m, { postId: id, type: "insightful" })),
      ...members.slice(4, 6).map((m) => removeReaction(m, { postId: id })),
    ]);
    const post = await db.post.findUniqueOrThrow({ where: { id } });
    expect(post).toMatchObject({ reactionCount: 10, likeCount: 6, insightfulCount: 4 });
    expect(await db.reaction.count({ where: { postId: id } })).toBe(10);
    // grouped in the notification center later; one row per member who reacted
    expect(await db.notification.count({ where: { recipientId: author.id, kind: "post_reaction" } })).toBe(
      12,
    );
  });

  it("comments thread two levels deep and keep the counts; commenting can be turned off", async () => {
    const [author, a, b] = await Promise.all([createMember(), createMember(), createMember()]);
    const { id } = await createPost(author, { text: "discuss" });
    const top = await addComment(a, { postId: id, text: "第一条评论" });
    const reply = await addComment(b, { postId: id, parentId: top.id, text: "回复" });
    const replyToReply = await addComment(a, { postId: id, parentId: reply.id, text: "再回复" });
    const stored = await db.comment.findUniqueOrThrow({ where: { id: replyToReply.id } });
    expect(stored.parentId).toBe(top.id);
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({ commentCount: 3 });
    expect(await db.comment.findUniqueOrThrow({ where: { id: top.id } })).toMatchObject({ replyCount: 2 });
    expect((await appErrorOf(deleteComment(b, { commentId: top.id }))).code).toBe("forbidden");
    await deleteComment(author, { commentId: reply.id }); // the post's author may
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({ commentCount: 2 });

    await editPost(author, { postId: id, isCommentingOff: true });
    expect((await appErrorOf(addComment(a, { postId: id, text: "more" }))).messageKey).toBe(
      "feed.commentingOff",
    );
  });

  it("reposts share the original, which counts them; connections-only posts can't be reposted", async () => {
    const [author, friend] = await Promise.all([createMember(), createMember()]);
    await connect(author, friend);
    const { id } = await createPost(author, { text: "worth sharing" });
    const shared = await repost(friend, { postId: id, text: "值得一读" });
    const again = await repost(friend, { postId: shared.id }); // a repost of a repost shares the original
    const cards = await loadPostCards(friend, [shared.id, again.id]);
    expect(cards.map((c) => c.repostOf?.id)).toEqual([id, id]);
    expect(await db.post.findUniqueOrThrow({ where: { id } })).toMatchObject({ repostCount: 2 });
    const secret = await createPost(author, { text: "internal", audience: "connections" });
    expect((await appErrorOf(repost(friend, { postId: secret.id }))).messageKey).toBe("feed.cannotRepost");
  });

  it("pages the home feed without repeats — ranked, then older posts in time order — and opens a quiet network on older posts", async () => {
    const [reader, ...authors] = await Promise.all(Array.from({ length: 4 }, () => createMember()));
    for (const author of authors) await connect(reader!, author);
    const ids: string[] = [];
    for (const [i, author] of [...authors, ...authors, ...authors, ...authors, ...authors].entries()) {
      const { id } = await createPost(author, { text: `post ${i}` });
      ids.push(id);
      // a third of them from ten days ago, beyond the ranking window
      if (i % 3 === 0)
        await db.post.update({ where: { id }, data: { createdAt: new Date(Date.now() - 10 * 86_400_000) } });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await getHomeFeed(reader!, { limit: 4, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...ids].sort());

    const [quiet, oldAuthor] = await Promise.all([createMember(), createMember()]);
    await connect(quiet, oldAuthor);
    const { id: old } = await createPost(oldAuthor, { text: "an older post" });
    await db.post.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 20 * 86_400_000) } });
    expect((await getHomeFeed(quiet, {})).items.map((item) => item.id)).toEqual([old]);
  });
});
