import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/network/person";
import { companyBySlug } from "./find-company";
import { companyRightsOf, type CompanyRight } from "./policy";
import type { CompanyRoleName, RelationKindName } from "./schemas";

export type CompanyViewerState = {
  isSignedIn: boolean;
  isFollowing: boolean;
  followerCount: number;
  role: CompanyRoleName | null;
  rights: Record<CompanyRight, boolean>;
  /** the viewer's own ties to the page, whatever their status */
  ties: {
    id: string;
    kind: RelationKindName;
    status: "pending" | "approved" | "declined";
    isVerifiedEmployee: boolean;
  }[];
  /** "N of your connections work here", with a few faces */
  connectionsHere: { count: number; people: Person[] };
};

/**
 * What differs per member on a page's home (which is one cached render for all): asked for by the browser.
 * Connections "work here" when the page approved them as employees or their current experience links to it.
 */
export async function companyViewerState(
  viewer: Pick<Viewer, "id"> | null,
  ref: unknown,
): Promise<CompanyViewerState> {
  const company = await companyBySlug(viewer, ref);
  const { followerCount } = company;
  if (!viewer)
    return {
      isSignedIn: false,
      isFollowing: false,
      followerCount,
      role: null,
      rights: companyRightsOf(null),
      ties: [],
      connectionsHere: { count: 0, people: [] },
    };
  const [follow, ties, colleagues] = await Promise.all([
    db.companyFollow.findUnique({
      where: { companyId_userId: { companyId: company.id, userId: viewer.id } },
      select: { unfollowedAt: true },
    }),
    db.companyRelation.findMany({
      where: { companyId: company.id, userId: viewer.id },
      select: { id: true, kind: true, status: true, workEmailVerifiedAt: true },
    }),
    db.$queryRaw<{ id: string; total: number }[]>`
      WITH here AS (
        SELECT "userId" AS id FROM "CompanyRelation"
        WHERE "companyId" = ${company.id} AND kind = 'employee' AND status = 'approved'
        UNION
        SELECT "profileId" FROM "Position" WHERE "companyId" = ${company.id} AND "endDate" IS NULL
      )
      SELECT c."otherId" AS id, count(*) OVER ()::int AS total
      FROM "Connection" c JOIN here h ON h.id = c."otherId"
      WHERE c."userId" = ${viewer.id}
      LIMIT 3`,
  ]);
  const faces = colleagues.length
    ? await db.user.findMany({ where: { id: { in: colleagues.map((c) => c.id) } }, select: PERSON_SELECT })
    : [];
  return {
    isSignedIn: true,
    isFollowing: !!follow && follow.unfollowedAt === null,
    followerCount,
    role: company.role,
    rights: companyRightsOf(company.role),
    ties: ties.map(({ workEmailVerifiedAt, ...tie }) => ({
      ...tie,
      isVerifiedEmployee: workEmailVerifiedAt !== null,
    })),
    connectionsHere: { count: colleagues[0]?.total ?? 0, people: faces.map(toPerson) },
  };
}
