import "server-only";
import { visitorKey } from "@/lib/core/visitor-key";
import type { RequestContext } from "@/lib/http/request-context";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { dayIn } from "@/lib/i18n/time-zones";
import { companyBySlug } from "./find-company";

/** The calendar day it is for the company (in its time zone), as the date the analytics count by. */
export const companyDay = (timeZone: string, at = new Date()) => new Date(`${dayIn(at, timeZone)}T00:00:00Z`);

/**
 * Counts a visit to a page: once per member (or anonymous visitor, by a keyed daily hash) per day, with the
 * member's industry and place at the time for "visitors by industry and location".
 */
export async function recordCompanyView(
  viewer: Pick<Viewer, "id"> | null,
  ref: unknown,
  context: Pick<RequestContext, "ip" | "userAgent">,
) {
  const company = await companyBySlug(viewer, ref);
  const profile = viewer
    ? await db.profile.findUnique({
        where: { userId: viewer.id },
        select: { industry: true, country: true, city: true },
      })
    : null;
  await db.companyPageView.createMany({
    data: [
      {
        companyId: company.id,
        day: companyDay(company.timeZone),
        visitorKey: viewer ? `member:${viewer.id}` : visitorKey(context.ip, context.userAgent),
        userId: viewer?.id ?? null,
        industry: profile?.industry ?? null,
        country: profile?.country ?? null,
        city: profile?.city ?? null,
      },
    ],
    skipDuplicates: true,
  });
}

/** Company posts among these shown to a member (the feed, a post's page): one impression per member per day. */
export async function recordCompanyImpressions(viewerId: string, postIds: string[]) {
  if (!postIds.length) return;
  await db.$executeRaw`
    INSERT INTO "CompanyPostImpression" ("postId", "userId", day, "companyId")
    SELECT p.id, ${viewerId}, (now() AT TIME ZONE c."timeZone")::date, p."companyId"
    FROM "Post" p JOIN "Company" c ON c.id = p."companyId"
    WHERE p.id = ANY(${postIds})
    ON CONFLICT DO NOTHING`;
}
