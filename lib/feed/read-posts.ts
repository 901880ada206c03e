import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { decodeCursor, PageQuerySchema, toPage, type Page } from "@/lib/api/pagination";
import { db } from "@/lib/db";
import { blockedEitherWay } from "@/lib/network/blocks";
import { AppError } from "@/lib/errors";
import { memberByHandle } from "@/lib/network/members";
import { assertSignedIn } from "@/lib/network/policy";
import { MemberRefSchema } from "@/lib/network/schemas";
import { parseInput } from "@/lib/validation";
import { loadPostCards, type PostCard } from "./post-cards";
import { visiblePostsWhere } from "./policy";
import { PostRefSchema } from "./schemas";
import { viewerTies } from "./viewer-ties";

type Who = Pick<Viewer, "id"> | null;

const TimeCursor = z.object({ t: z.iso.datetime(), i: z.string().max(40) });
const before = (cursor: z.output<typeof TimeCursor> | undefined) =>
  cursor
    ? {
        OR: [
          { createdAt: { lt: new Date(cursor.t) } },
          { createdAt: new Date(cursor.t), id: { lt: cursor.i } },
        ],
      }
    : {};

/** One post as the viewer may see it (the post page, the API): "not found" otherwise. */
export async function getPost(viewer: Who, input: unknown): Promise<PostCard> {
  const { postId } = parseInput(PostRefSchema, input);
  const [card] = await loadPostCards(viewer, [postId]);
  if (!card) throw new AppError("not_found", "feed.postNotFound");
  return card;
}

/** A member's own activity: their posts, articles and reposts the viewer may see, newest first. */
export async function listMemberPosts(viewer: Who, input: unknown): Promise<Page<PostCard>> {
  const {
    handle,
    cursor: rawCursor,
    limit,
  } = parseInput(
    PageQuerySchema.extend({
      ...MemberRefSchema.shape,
      limit: PageQuerySchema.shape.limit.unwrap().default(10),
    }),
    input,
  );
  const cursor = decodeCursor(rawCursor, TimeCursor);
  const member = await memberByHandle(handle);
  const ties = await viewerTies(viewer, [member.userId]);
  if (ties.blockedIds.has(member.userId)) throw new AppError("not_found", "profile.notFound");
  const rows = await db.post.findMany({
    where: { AND: [{ authorId: member.userId }, visiblePostsWhere(viewer, []), before(cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, createdAt: true },
  });
  const page = toPage(rows, limit, (last) => ({ t: last.createdAt.toISOString(), i: last.id }));
  return {
    items: await loadPostCards(
      viewer,
      page.items.map((row) => row.id),
    ),
    nextCursor: page.nextCursor,
  };
}

/** The viewer's saved posts, the most recently saved first (posts they can no longer see drop out). */
export async function listSavedPosts(viewer: Who, input: unknown): Promise<Page<PostCard>> {
  assertSignedIn(viewer);
  const { cursor: rawCursor, limit } = parseInput(PageQuerySchema, input);
  const cursor = decodeCursor(rawCursor, TimeCursor);
  const rows = await db.savedPost.findMany({
    where: {
      userId: viewer.id,
      post: visiblePostsWhere(viewer, await blockedEitherWay(viewer.id)),
      ...(cursor && {
        OR: [
          { createdAt: { lt: new Date(cursor.t) } },
          { createdAt: new Date(cursor.t), postId: { lt: cursor.i } },
        ],
      }),
    },
    orderBy: [{ createdAt: "desc" }, { postId: "desc" }],
    take: limit + 1,
    select: { postId: true, createdAt: true },
  });
  const page = toPage(rows, limit, (last) => ({ t: last.createdAt.toISOString(), i: last.postId }));
  return {
    items: await loadPostCards(
      viewer,
      page.items.map((row) => row.postId),
    ),
    nextCursor: page.nextCursor,
  };
}
