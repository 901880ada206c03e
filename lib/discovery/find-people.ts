import "server-only";
import type { MultiSearchQuery } from "meilisearch";
import { db } from "@/lib/db";
import { degreesFrom, type Degree } from "@/lib/network/degrees";
import { PERSON_SELECT, toPerson, type Person } from "@/lib/core/person";
import type { Segment } from "./highlight";
import { degreeFilter } from "./people-filter";
import {
  attributeFacetValues,
  attributeFilters,
  facetCountQueries,
  fixedFacetValues,
  HIGHLIGHT,
  sectionOf,
  type Plan,
} from "./plan";
import { FACETS, FIXED_FACET_VALUES, type SearchQuery } from "./search-query";
import { findablePeopleFilter, isFindable, type Finder } from "@/lib/profiles/findability";

export type SearchViewer = { id: string; blockedIds: string[]; connectionIds: string[] } | null;

/** The searching viewer with their ties, as the visibility rules take them (post rule, findability). */
export const finderOf = (viewer: SearchViewer): Finder =>
  viewer && { id: viewer.id, blockedIds: viewer.blockedIds, connectedIds: new Set(viewer.connectionIds) };

/** A filter no document passes. */
export const NO_DOCUMENT = "id IN []";

export type PersonResult = Person & {
  degree: Degree | null;
  highlight: { name: Segment[]; headline: Segment[] };
};

const ATTRIBUTE_FACETS = FACETS.people.filter((facet) => facet !== "degree");
export const PERSON_MARKED = ["name", "headline"] as const;

/** People matching the query as the viewer may find them, with facets, a page at a time. */
export function planPeople(viewer: SearchViewer, query: SearchQuery, page: number): Plan<PersonResult> {
  const { filters } = query;
  const baseFilter = findablePeopleFilter(finderOf(viewer)) ?? [NO_DOCUMENT];
  const pickedDegrees = (viewer ? (filters.degree ?? []) : []).map(Number) as Degree[];
  const degreeClause = (degrees: Degree[]) =>
    viewer && degrees.length ? [degreeFilter(viewer.id, viewer.connectionIds, degrees)] : [];
  const otherFilters = (except: string) => [
    ...attributeFilters(filters, ["degree", except]),
    ...degreeClause(except === "degree" ? [] : pickedDegrees),
  ];
  const base: MultiSearchQuery = { indexUid: "people", q: query.q, attributesToRetrieve: ["id"] };
  const main: MultiSearchQuery = {
    ...base,
    filter: [...baseFilter, ...otherFilters("")],
    facets: ATTRIBUTE_FACETS.filter((facet) => !filters[facet]?.length),
    page,
    hitsPerPage: query.limit,
    attributesToHighlight: [...PERSON_MARKED],
    ...HIGHLIGHT,
    ...(query.sort === "recent" && { sort: ["joinedAt:desc"] }),
  };
  const counted = facetCountQueries(base, filters, ATTRIBUTE_FACETS, baseFilter, otherFilters);
  const degreeQueries: MultiSearchQuery[] = viewer
    ? FIXED_FACET_VALUES.degree!.map((degree) => ({
        ...base,
        filter: [...baseFilter, ...otherFilters("degree"), ...degreeClause([Number(degree) as Degree])],
        hitsPerPage: 0,
      }))
    : [];

  return {
    queries: [main, ...counted.map((c) => c.query), ...degreeQueries],
    assemble: async (responses) => {
      const degreeCounts = responses.slice(1 + counted.length);
      const facets = {
        ...(viewer && { degree: fixedFacetValues("degree", degreeCounts, filters.degree) }),
        ...attributeFacetValues(ATTRIBUTE_FACETS, counted, responses, filters),
      };
      const hydrate = (ids: string[]) => hydratePeople(viewer, ids);
      return sectionOf(responses[0]!, page, facets, hydrate, PERSON_MARKED);
    },
  };
}

/**
 * The members behind these hits, as they are now: the index may lag behind a block, a changed choice of who
 * finds them, or a removed connection, so the rule is checked again here. Each with the viewer's degree.
 */
export async function hydratePeople(viewer: SearchViewer, ids: string[]) {
  const [users, degrees] = await Promise.all([
    db.user.findMany({
      where: { id: { in: ids }, profile: { isNot: null } },
      select: {
        ...PERSON_SELECT,
        profile: { select: { ...PERSON_SELECT.profile.select, findableBy: true } },
      },
    }),
    viewer ? degreesFrom(viewer.id, ids) : new Map<string, Degree>(),
  ]);
  const finder = finderOf(viewer);
  const people = new Map<string, Omit<PersonResult, "highlight">>();
  for (const user of users) {
    if (isFindable(finder, { id: user.id, findableBy: user.profile!.findableBy }))
      people.set(user.id, { ...toPerson(user), degree: degrees.get(user.id) ?? null });
  }
  return people;
}
