import "server-only";
import { expireCachedProfile, expireCachedProfilesOf } from "@/lib/core/cached-profile";
import type { Subscriber } from "@/lib/core/events";
import { db } from "@/lib/db";

/** Profile parts shown on other pages: under each recommendation the member wrote. */
const IDENTITY_PARTS: ReadonlySet<string> = new Set(["name", "headline", "handle"]);

/** Drops the cached renders of the profiles an event changed (lib/core/cached-profile.ts). */
export const PROFILE_PAGES: Subscriber = {
  name: "profile pages",
  afterCommit: {
    // a visit before sign-up may have cached "not found"
    "member.joined": ({ handle }) => expireCachedProfile(handle),
    "profile.changed": async ({ userId, handles, parts }) => {
      const isIdentityChanged = parts.some((part) => IDENTITY_PARTS.has(part));
      expireCachedProfile(...handles, ...(isIdentityChanged ? await recommendedHandles(userId) : []));
    },
    // connection counts, and what each may now see of the other
    "connection.made": ({ inviterId, inviteeId }) => expireCachedProfilesOf([inviterId, inviteeId]),
    "connection.ended": ({ userIds }) => expireCachedProfilesOf(userIds),
    "member.blocked": ({ blockerId, blockedId }) => expireCachedProfilesOf([blockerId, blockedId]),
    // the follower count
    "member.followed": ({ followeeId }) => expireCachedProfilesOf([followeeId]),
    "member.unfollowed": ({ followeeId }) => expireCachedProfilesOf([followeeId]),
    "skill.endorsed": ({ memberId }) => expireCachedProfilesOf([memberId]),
    "endorsement.withdrawn": ({ memberId }) => expireCachedProfilesOf([memberId]),
    "recommendation.written": ({ recipientId }) => expireCachedProfilesOf([recipientId]),
    "recommendation.deleted": ({ recipientId }) => expireCachedProfilesOf([recipientId]),
    // the experience entry's company link and badge
    "company.tie.decided": ({ userId }) => expireCachedProfilesOf([userId]),
    "company.tie.changed": ({ userId }) => expireCachedProfilesOf([userId]),
  },
};

/** The profiles this member recommended: each shows their name, headline and address under the recommendation. */
async function recommendedHandles(authorId: string) {
  const recommendations = await db.recommendation.findMany({
    where: { authorId },
    select: { recipient: { select: { profile: { select: { handle: true } } } } },
  });
  return recommendations.map((r) => r.recipient.profile?.handle);
}
