import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { imageUrls } from "@/lib/media/variants";
import { blockedEitherWay } from "@/lib/core/blocks";
import { viewDay } from "./record-profile-view";
import { isVisibleTo, readVisibility } from "@/lib/core/profile-visibility";

export const VIEW_WINDOW_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The first day of the 90-day window that ends today. */
function windowStart(now: Date) {
  return new Date(viewDay(now).getTime() - (VIEW_WINDOW_DAYS - 1) * DAY_MS);
}

/** How many views the member's own profile had in the last 90 days. */
export async function countProfileViews(viewer: Pick<Viewer, "id">, now = new Date()) {
  return db.profileView.count({ where: { profileId: viewer.id, day: { gte: windowStart(now) } } });
}

/** Who viewed the member's own profile in the last 90 days: a count per day, totals and the latest named viewers. */
export async function getProfileViews(viewer: Pick<Viewer, "id">, now = new Date()) {
  const since = windowStart(now);
  const [perDay, recent] = await Promise.all([
    db.profileView.groupBy({
      by: ["day", "isMember"],
      where: { profileId: viewer.id, day: { gte: since } },
      _count: { _all: true },
    }),
    db.profileView.findMany({
      // a visit from before a block doesn't name the other member afterwards
      where: {
        profileId: viewer.id,
        day: { gte: since },
        isMember: true,
        viewerId: { notIn: await blockedEitherWay(viewer.id) },
      },
      orderBy: { createdAt: "desc" },
      // each member once, at their latest visit
      distinct: ["viewerKey"],
      take: 20,
      select: {
        id: true,
        createdAt: true,
        viewer: {
          select: {
            name: true,
            profile: { select: { handle: true, headline: true, avatarKey: true, visibility: true } },
          },
        },
      },
    }),
  ]);
  const counts = new Map<number, number>();
  let members = 0;
  let anonymous = 0;
  for (const row of perDay) {
    counts.set(row.day.getTime(), (counts.get(row.day.getTime()) ?? 0) + row._count._all);
    if (row.isMember) members += row._count._all;
    else anonymous += row._count._all;
  }
  const daily = Array.from({ length: VIEW_WINDOW_DAYS }, (_, i) => {
    const day = new Date(since.getTime() + i * DAY_MS);
    return { day: day.toISOString().slice(0, 10), views: counts.get(day.getTime()) ?? 0 };
  });
  return {
    total: members + anonymous,
    members,
    anonymous,
    daily,
    recentViewers: recent.map((view) =>
      view.viewer?.profile
        ? {
            id: view.id.toString(),
            viewedAt: view.createdAt,
            isPrivate: false as const,
            name: view.viewer.name,
            handle: view.viewer.profile.handle,
            headline: view.viewer.profile.headline,
            // the viewer's photo as members see it (their own setting decides)
            avatar: isVisibleTo(readVisibility(view.viewer.profile.visibility).photo, "member")
              ? imageUrls("avatar", view.viewer.profile.avatarKey)
              : null,
          }
        : { id: view.id.toString(), viewedAt: view.createdAt, isPrivate: true as const },
    ),
  };
}
