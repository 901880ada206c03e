import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { companyWithRight } from "./find-company";
import { companyDay } from "./page-views";
import { AnalyticsQuerySchema } from "./schemas";

export type DailyPoint = {
  day: string;
  followers: number;
  views: number;
  impressions: number;
  reactions: number;
};
export type Share = { key: string; count: number };
export type CompanyAnalytics = {
  days: number;
  /** the page's zone: the days are its days */
  timeZone: string;
  daily: DailyPoint[];
  totals: { followers: number; newFollowers: number; views: number; impressions: number; reactions: number };
  visitorsByIndustry: Share[];
  visitorsByCountry: Share[];
  visitorsByCity: Share[];
};

const TOP = 8;

/**
 * A page's analytics over the last 7, 30 or 90 days, day by day in the page's time zone: followers (as of each day), unique
 * page views, impressions of and reactions to its posts; and who visited, by industry and place. Page admins,
 * content admins and analysts only.
 */
export async function companyAnalytics(viewer: Pick<Viewer, "id"> | null, ref: unknown, input: unknown) {
  const { company } = await companyWithRight(viewer, ref, "viewAnalytics");
  const { days } = parseInput(AnalyticsQuerySchema, input);
  const until = companyDay(company.timeZone);
  const zone = company.timeZone;
  const since = new Date(until.getTime() - (days - 1) * 86_400_000);
  const id = company.id;
  const [daily, byIndustry, byCountry, byCity] = await Promise.all([
    db.$queryRaw<{ day: Date; followers: number; views: number; impressions: number; reactions: number }[]>`
      WITH days AS (SELECT generate_series(${since}::date, ${until}::date, '1 day')::date AS day)
      , bounds AS (SELECT day, (day::timestamp AT TIME ZONE ${zone}) AS starts,
          ((day + 1)::timestamp AT TIME ZONE ${zone}) AS ends FROM days)
      SELECT d.day,
        (SELECT count(*) FROM "CompanyFollow" f WHERE f."companyId" = ${id}
           AND f."createdAt" < d.ends AND (f."unfollowedAt" IS NULL OR f."unfollowedAt" >= d.ends))::int AS followers,
        (SELECT count(*) FROM "CompanyPageView" v WHERE v."companyId" = ${id} AND v.day = d.day)::int AS views,
        (SELECT count(*) FROM "CompanyPostImpression" i WHERE i."companyId" = ${id} AND i.day = d.day)::int AS impressions,
        (SELECT count(*) FROM "Reaction" r JOIN "Post" p ON p.id = r."postId"
           WHERE p."companyId" = ${id} AND r."createdAt" >= d.starts AND r."createdAt" < d.ends)::int AS reactions
      FROM bounds d ORDER BY d.day`,
    visitorsBy("industry", id, since),
    visitorsBy("country", id, since),
    visitorsBy("city", id, since),
  ]);
  const points: DailyPoint[] = daily.map((row) => ({ ...row, day: row.day.toISOString().slice(0, 10) }));
  const sum = (key: "views" | "impressions" | "reactions") => points.reduce((total, p) => total + p[key], 0);
  const first = points[0]?.followers ?? 0;
  const last = points.at(-1)?.followers ?? 0;
  return {
    days,
    timeZone: zone,
    daily: points,
    totals: {
      followers: last,
      newFollowers: last - first,
      views: sum("views"),
      impressions: sum("impressions"),
      reactions: sum("reactions"),
    },
    visitorsByIndustry: byIndustry,
    visitorsByCountry: byCountry,
    visitorsByCity: byCity,
  } satisfies CompanyAnalytics;
}

/** Members who visited since `since`, counted once each, by one of the columns recorded with their visit. */
async function visitorsBy(
  column: "industry" | "country" | "city",
  companyId: string,
  since: Date,
): Promise<Share[]> {
  const field = Prisma.raw(`"${column}"`); // one of three fixed names
  return db.$queryRaw<Share[]>`
    SELECT ${field} AS key, count(DISTINCT "userId")::int AS count
    FROM "CompanyPageView"
    WHERE "companyId" = ${companyId} AND day >= ${since}::date AND "userId" IS NOT NULL AND ${field} IS NOT NULL
    GROUP BY ${field} ORDER BY count DESC, key LIMIT ${TOP}`;
}
