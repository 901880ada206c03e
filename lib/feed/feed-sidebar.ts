import "server-only";
import { db } from "@/lib/db";
import { PERSON_SELECT, toPerson } from "@/lib/core/person";

/** The home page's side column: the viewer as others see them, their connection count, followed hashtags. */
export async function feedSidebar(viewer: { id: string }) {
  const [user, connectionCount, hashtags] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: PERSON_SELECT }),
    db.connection.count({ where: { userId: viewer.id } }),
    db.hashtagFollow.findMany({
      where: { userId: viewer.id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { hashtag: { select: { name: true } } },
    }),
  ]);
  return {
    me: toPerson(user),
    connectionCount,
    followedHashtags: hashtags.map((follow) => follow.hashtag.name),
  };
}
