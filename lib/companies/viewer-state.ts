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
  // one round trip for the rest: the follow, the viewer's ties, and their connections who work here
  const [{ isFollowing, ties, colleagueIds, colleagueCount }] = await db.$queryRaw<
    [
      {
        isFollowing: boolean;
        ties: CompanyViewerState["ties"];
        colleagueIds: string[];
        colleagueCount: number;
      },
    ]
  >`
    WITH here AS (
      SELECT "userId" AS id FROM "CompanyRelation"
      WHERE "companyId" = ${company.id} AND kind = 'employee' AND status = 'approved'
      UNION
      SELECT "profileId" FROM "Position" WHERE "companyId" = ${company.id} AND "endDate" IS NULL
    ), colleagues AS (
      SELECT c."otherId" AS id FROM "Connection" c JOIN here h ON h.id = c."otherId" WHERE c."userId" = ${viewer.id}
    )
    SELECT
      EXISTS (SELECT 1 FROM "CompanyFollow"
              WHERE "companyId" = ${company.id} AND "userId" = ${viewer.id} AND "unfollowedAt" IS NULL) AS "isFollowing",
      COALESCE((SELECT json_agg(json_build_object('id', r.id, 'kind', r.kind, 'status', r.status,
                                                  'isVerifiedEmployee', r."workEmailVerifiedAt" IS NOT NULL))
                FROM "CompanyRelation" r WHERE r."companyId" = ${company.id} AND r."userId" = ${viewer.id}),
               '[]') AS ties,
      ARRAY(SELECT id FROM colleagues LIMIT 3) AS "colleagueIds",
      (SELECT count(*)::int FROM colleagues) AS "colleagueCount"`;
  const faces = colleagueIds.length
    ? await db.user.findMany({ where: { id: { in: colleagueIds } }, select: PERSON_SELECT })
    : [];
  return {
    isSignedIn: true,
    isFollowing,
    followerCount,
    role: company.role,
    rights: companyRightsOf(company.role),
    ties,
    connectionsHere: { count: colleagueCount, people: faces.map(toPerson) },
  };
}
