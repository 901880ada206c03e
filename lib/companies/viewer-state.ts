import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import { parseInput } from "@/lib/validation";
import { companyBySlug } from "./find-company";
import { companyRightsOf, type CompanyRight } from "./policy";
import { CompanyRefSchema, type CompanyRoleName } from "./schemas";
import { type RelationKindName } from "./limits";

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
  if (!viewer) {
    const { followerCount } = await companyBySlug(null, ref);
    return {
      isSignedIn: false,
      isFollowing: false,
      followerCount,
      role: null,
      rights: companyRightsOf(null),
      ties: [],
      connectionsHere: { count: 0, people: [] },
    };
  }
  // asked on every visit of a member: one round trip for the page and all of the viewer's standing on it
  const { slug } = parseInput(CompanyRefSchema, ref);
  const [state] = await db.$queryRaw<
    {
      followerCount: number;
      role: CompanyRoleName | null;
      isFollowing: boolean;
      ties: CompanyViewerState["ties"];
      colleagueIds: string[];
      colleagueCount: number;
    }[]
  >`
    WITH page AS (SELECT id, "followerCount" FROM "Company" WHERE slug = ${slug}),
    here AS (
      SELECT "userId" AS id FROM "CompanyRelation"
      WHERE "companyId" = (SELECT id FROM page) AND kind = 'employee' AND status = 'approved'
      UNION
      SELECT "profileId" FROM "Position" WHERE "companyId" = (SELECT id FROM page) AND "endDate" IS NULL
    ), colleagues AS (
      SELECT c."otherId" AS id FROM "Connection" c JOIN here h ON h.id = c."otherId" WHERE c."userId" = ${viewer.id}
    )
    SELECT
      page."followerCount",
      (SELECT role::text FROM "CompanyAdmin" WHERE "companyId" = page.id AND "userId" = ${viewer.id}) AS role,
      EXISTS (SELECT 1 FROM "CompanyFollow"
              WHERE "companyId" = page.id AND "userId" = ${viewer.id} AND "unfollowedAt" IS NULL) AS "isFollowing",
      COALESCE((SELECT json_agg(json_build_object('id', r.id, 'kind', r.kind, 'status', r.status,
                                                  'isVerifiedEmployee', r."workEmailVerifiedAt" IS NOT NULL))
                FROM "CompanyRelation" r WHERE r."companyId" = page.id AND r."userId" = ${viewer.id}),
               '[]') AS ties,
      ARRAY(SELECT id FROM colleagues LIMIT 3) AS "colleagueIds",
      (SELECT count(*)::int FROM colleagues) AS "colleagueCount"
    FROM page`;
  if (!state) throw new AppError("not_found", "company.notFound");
  const faces = state.colleagueIds.length
    ? await db.user.findMany({ where: { id: { in: state.colleagueIds } }, select: PERSON_SELECT })
    : [];
  return {
    isSignedIn: true,
    isFollowing: state.isFollowing,
    followerCount: state.followerCount,
    role: state.role,
    rights: companyRightsOf(state.role),
    ties: state.ties,
    connectionsHere: { count: state.colleagueCount, people: faces.map(toPerson) },
  };
}
