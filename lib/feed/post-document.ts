import "server-only";
import type { Visibility } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { chineseWords } from "@/lib/search/segment";
import { plainTextOf } from "@/lib/markdown";
import { hashtagsIn } from "@/lib/feed/post-text";
import { idBatchesOf, type SearchSource } from "@/lib/search/sources";
import { publicPostsWhere } from "./post-visibility";

export type PostDocument = {
  id: string;
  kind: "post" | "article";
  authorId: string;
  authorName: string;
  authorHandle: string | null;
  /** who may find the author (lib/profiles' findableBy; a company page is found by everyone) */
  authorFindableBy: Visibility;
  /** the author's name and handle, searchable by everyone / by members: empty where they may not find them */
  authorNameForEveryone: string;
  authorNameForMembers: string;
  /** the page it was posted as (then the author's name is the page's) */
  companyId: string | null;
  title: string | null;
  text: string;
  hashtags: string[];
  createdAt: number;
  reactionCount: number;
  commentCount: number;
  segmented: string;
};

/**
 * Search documents for posts and published articles, from the current rows. Only what anyone may read goes in:
 * a deleted, connections-only or repost row has no document (and the event deletes it from the index).
 */
export async function buildPostDocuments(ids: string[]): Promise<PostDocument[]> {
  const posts = await db.post.findMany({
    where: { AND: [{ id: { in: ids }, kind: { in: ["post", "article"] } }, publicPostsWhere()] },
    select: {
      id: true,
      kind: true,
      authorId: true,
      text: true,
      createdAt: true,
      reactionCount: true,
      commentCount: true,
      author: { select: { name: true, profile: { select: { handle: true, findableBy: true } } } },
      companyId: true,
      company: { select: { nameZh: true, nameEn: true } },
      article: { select: { title: true, body: true, status: true, deletedAt: true } },
    },
  });
  return posts
    .filter(
      (post) => post.kind === "post" || (post.article?.status === "published" && !post.article.deletedAt),
    )
    .map((post) => {
      // an article's body is markdown: its text is what the reader sees (marks in results would show as **)
      const text =
        post.kind === "article" ? `${post.text}\n${plainTextOf(post.article!.body)}`.trim() : post.text;
      const authorName = post.company
        ? [post.company.nameZh, post.company.nameEn].filter(Boolean).join(" · ")
        : post.author.name;
      const authorHandle = post.company ? null : (post.author.profile?.handle ?? null);
      const authorFindableBy: Visibility = post.company
        ? "public"
        : (post.author.profile?.findableBy ?? "only_me");
      const searchableName = [authorName, authorHandle].filter(Boolean).join(" ");
      return {
        id: post.id,
        kind: post.kind as "post" | "article",
        authorId: post.authorId,
        authorName,
        authorHandle,
        authorFindableBy,
        authorNameForEveryone: authorFindableBy === "public" ? searchableName : "",
        authorNameForMembers: ["public", "members"].includes(authorFindableBy) ? searchableName : "",
        companyId: post.companyId,
        title: post.article?.title ?? null,
        text: text.slice(0, 20_000),
        hashtags: hashtagsIn(text),
        createdAt: post.createdAt.getTime(),
        reactionCount: post.reactionCount,
        commentCount: post.commentCount,
        segmented: chineseWords(post.article?.title, text.slice(0, 5_000)),
      };
    });
}

/** The posts index: public posts that are not deleted. */
export const POSTS_SOURCE: SearchSource = {
  entity: "post",
  build: buildPostDocuments,
  count: () => db.post.count({ where: publicPostsWhere() }),
  idBatches: idBatchesOf(() => db.post, publicPostsWhere),
  embeds: {
    // a member's own public posts carry their name, handle and findability
    author: (authorIds) =>
      db.post
        .findMany({
          where: { AND: [{ authorId: { in: authorIds }, companyId: null }, publicPostsWhere()] },
          select: { id: true },
        })
        .then((rows) => rows.map((row) => row.id)),
  },
  follows: {
    "profile.changed": ({ userId, parts }) =>
      parts.some((part) => AUTHOR_PARTS.has(part)) ? { entity: "author", ids: [userId] } : null,
    "post.created": ({ postId }) => post(postId),
    "post.edited": ({ postId }) => post(postId),
    "post.reposted": ({ postId }) => post(postId),
    "post.deleted": ({ postId }) => post(postId, "delete"),
    "article.changed": ({ postId, isDeleted }) => post(postId, isDeleted ? "delete" : "upsert"),
  },
};

/** The author's profile parts a post document holds. */
const AUTHOR_PARTS: ReadonlySet<string> = new Set(["name", "handle", "findableBy"]);

const post = (id: string, op: "upsert" | "delete" = "upsert") => ({ entity: "post" as const, ids: [id], op });
