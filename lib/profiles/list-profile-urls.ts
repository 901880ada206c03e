import "server-only";
import { db } from "@/lib/db";

/** One sitemap's worth: search engines take up to 50 000 URLs per sitemap. */
export const SITEMAP_LIMIT = 50_000;

/** Every profile's handle and last change, most recently changed first (for the sitemap). */
export function listProfileUrls() {
  return db.profile.findMany({
    orderBy: { updatedAt: "desc" },
    take: SITEMAP_LIMIT,
    select: { handle: true, updatedAt: true },
  });
}
