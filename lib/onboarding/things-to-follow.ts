import "server-only";
import { toCompanyBadge } from "@/lib/companies/company-badge";
import { db } from "@/lib/db";
import { publicPostsSql } from "@/lib/feed/post-visibility";

const HASHTAGS_SHOWN = 10;
const COMPANIES_SHOWN = 8;
const ACTIVE_DAYS = 90;

/**
 * Hashtags and company pages a newcomer might follow: the hashtags most written about in public posts lately,
 * and the pages of the member's own employers and schools first, then the most followed.
 */
export async function thingsToFollow(userId: string, now = new Date()) {
  const since = new Date(now.getTime() - ACTIVE_DAYS * 86_400_000);
  const [hashtags, followedTags, ownNames] = await Promise.all([
    db.$queryRaw<{ name: string; postCount: number }[]>`
      SELECT h.name, count(*)::int AS "postCount"
      FROM "PostHashtag" ph
      JOIN "Post" p ON p.id = ph."postId"
      JOIN "Hashtag" h ON h.id = ph."hashtagId"
      WHERE ph."createdAt" > ${since} AND ${publicPostsSql("p")}
      GROUP BY h.name ORDER BY "postCount" DESC, h.name LIMIT ${HASHTAGS_SHOWN}`,
    db.hashtagFollow.findMany({ where: { userId }, select: { hashtag: { select: { name: true } } } }),
    db.$queryRaw<{ name: string }[]>`
      SELECT "companyName" AS name FROM "Position" WHERE "profileId" = ${userId}
      UNION SELECT school FROM "Education" WHERE "profileId" = ${userId}`,
  ]);
  const names = ownNames.map((row) => row.name);
  const select = {
    slug: true,
    nameZh: true,
    nameEn: true,
    logoKey: true,
    verifiedAt: true,
    industry: true,
    followerCount: true,
    followers: { where: { userId, unfollowedAt: null }, select: { userId: true } },
  } as const;
  const own = names.length
    ? await db.company.findMany({
        where: {
          OR: [
            { nameZh: { in: names, mode: "insensitive" } },
            { nameEn: { in: names, mode: "insensitive" } },
          ],
        },
        orderBy: { followerCount: "desc" },
        take: COMPANIES_SHOWN / 2,
        select,
      })
    : [];
  const popular = await db.company.findMany({
    where: { slug: { notIn: own.map((c) => c.slug) } },
    orderBy: [{ followerCount: "desc" }, { slug: "asc" }],
    take: COMPANIES_SHOWN - own.length,
    select,
  });
  const companies = [...own.map((c) => ({ c, isOwn: true })), ...popular.map((c) => ({ c, isOwn: false }))];
  const followed = new Set(followedTags.map((row) => row.hashtag.name));
  return {
    hashtags: hashtags.map(({ name, postCount }) => ({ name, postCount, isFollowing: followed.has(name) })),
    companies: companies.map(({ c, isOwn }) => ({
      ...toCompanyBadge(c),
      industry: c.industry,
      followerCount: c.followerCount,
      isOwn,
      isFollowing: c.followers.length > 0,
    })),
  };
}
