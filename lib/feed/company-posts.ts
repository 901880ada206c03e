import "server-only";
import { PageQuerySchema, type Page } from "@/lib/api/pagination";
import { timePaging } from "@/lib/api/time-paging";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { loadPostCards, type PostCard } from "@/lib/feed/post-cards";
import { parseInput } from "@/lib/validation";
import { companyBySlug } from "@/lib/companies/find-company";
import { recordCompanyImpressions } from "@/lib/companies/page-views";

/** Posts and articles a page published as itself, newest first (they are all public). */
export async function listCompanyPosts(
  viewer: Pick<Viewer, "id"> | null,
  ref: unknown,
  input: unknown,
): Promise<Page<PostCard>> {
  const company = await companyBySlug(viewer, ref);
  const { cursor, limit } = parseInput(
    PageQuerySchema.extend({ limit: PageQuerySchema.shape.limit.unwrap().default(10) }),
    input,
  );
  const paging = timePaging(cursor, "id");
  const rows = await db.post.findMany({
    where: { companyId: company.id, deletedAt: null, ...paging.after },
    orderBy: paging.orderBy,
    take: limit + 1,
    select: { id: true, createdAt: true },
  });
  const page = paging.toPage(rows, limit);
  const ids = page.items.map((row) => row.id);
  const [items] = await Promise.all([
    loadPostCards(viewer, ids),
    viewer && recordCompanyImpressions(viewer.id, ids),
  ]);
  return { items, nextCursor: page.nextCursor };
}
