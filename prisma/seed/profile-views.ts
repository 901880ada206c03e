import type { Faker } from "@faker-js/faker";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

const DAY_MS = 24 * 60 * 60 * 1000;

/** 90 days of visits to the featured members' profiles, so "Who viewed your profile" has a story to tell. */
export async function seedProfileViews(
  db: PrismaClient,
  faker: Faker,
  featuredIds: string[],
  memberIds: string[],
) {
  const today = new Date();
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const rows: Prisma.ProfileViewCreateManyInput[] = [];
  for (const profileId of featuredIds) {
    for (let daysAgo = 0; daysAgo < 90; daysAgo++) {
      const day = new Date(todayUtc - daysAgo * DAY_MS);
      // busier on weekdays, and lately
      const weekday = day.getUTCDay() % 6 !== 0;
      const count = faker.number.int({ min: 0, max: (weekday ? 5 : 2) + Math.floor((90 - daysAgo) / 30) });
      const viewers = faker.helpers.arrayElements(
        memberIds.filter((id) => id !== profileId),
        Math.min(count, memberIds.length - 1),
      );
      viewers.forEach((viewerId, i) => {
        const isAnonymous = i % 3 === 2;
        const isPrivate = i % 7 === 5;
        rows.push({
          profileId,
          day,
          viewerKey: isAnonymous ? `a:seed-${daysAgo}-${i}` : `m:${viewerId}`,
          viewerId: isAnonymous || isPrivate ? null : viewerId,
          isMember: !isAnonymous,
          createdAt: new Date(
            Math.min(today.getTime(), day.getTime() + faker.number.int({ min: 0, max: DAY_MS - 1 })),
          ),
        });
      });
    }
  }
  await db.profileView.createMany({ data: rows, skipDuplicates: true });
}
