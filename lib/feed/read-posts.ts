import "server-only";
import { PageQuerySchema, type Page } from "@/lib/api/pagination";
import { timePaging } from "@/lib/api/time-paging";
import { db } from "@/lib/db";
import { blockedEitherWay } from "@/lib/core/blocks";
import { AppError } from "@/lib/errors";
import { memberByHandle } from "@/lib/network/members";
import { MemberRefSchema } from "@/lib/network/schemas";
import { parseInput } from "@/lib/validation";
import { loadPostCards, postCardPage, type PostCard } from "./post-cards";
import { PostRefSchema } from "./schemas";
import { viewerTies } from "./viewer-ties";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { visiblePostsWhere } from "./post-visibility";

/** One post as the viewer may see it (the post page, the API): "not found" otherwise. */
export async function getPost(viewer: Who, input: unknown): Promise<PostCard> {
  const { postId } = parseInput(PostRefSchema, input);
  const [card] = await loadPostCards(viewer, [postId]);
  if (!card) throw new AppError("not_found", "feed.postNotFound");
  return card;
}

/** A member's own activity: their posts, articles and reposts the viewer may see, newest first. */
export async function listMemberPosts(viewer: Who, input: unknown): Promise<Page<PostCard>> {
  const { handle, cursor, limit } = parseInput(
    PageQuerySchema.extend({
      ...MemberRefSchema.shape,
      limit: PageQuerySchema.shape.limit.unwrap().default(10),
    }),
    input,
  );
  const paging = timePaging(cursor, "id");
  const member = await memberByHandle(handle);
  const ties = await viewerTies(viewer, [member.userId]);
  if (ties.blockedIds.has(member.userId)) throw new AppError("not_found", "profile.notFound");
  const rows = await db.post.findMany({
    where: {
      AND: [
        { authorId: member.userId },
        visiblePostsWhere(viewer && { id: viewer.id, blockedIds: [] }),
        paging.after,
      ],
    },
    orderBy: paging.orderBy,
    take: limit + 1,
    select: { id: true, createdAt: true },
  });
  const page = paging.toPage(rows, limit);
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
  const { cursor, limit } = parseInput(PageQuerySchema, input);
  const paging = timePaging(cursor, "postId");
  const rows = await db.savedPost.findMany({
    where: {
      userId: viewer.id,
      post: visiblePostsWhere({ id: viewer.id, blockedIds: await blockedEitherWay(viewer.id) }),
      ...paging.after,
    },
    orderBy: paging.orderBy,
    take: limit + 1,
    select: { postId: true, createdAt: true },
  });
  return postCardPage(viewer, paging.toPage(rows, limit));
}
