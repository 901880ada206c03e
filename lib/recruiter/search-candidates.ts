import "server-only";
import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import { z } from "zod";
import { search } from "@/lib/search/client";
import { buildPersonDocuments, type PersonDocument } from "@/lib/profiles/person-document";
import { facetValues, type FacetValue } from "@/lib/discovery/plan";
import { withFacetNames } from "@/lib/discovery/facet-names";
import { quote } from "@/lib/core/rules";
import { finderOf, NO_DOCUMENT } from "@/lib/discovery/find-people";
import { degreeFilter } from "@/lib/discovery/people-filter";
import { findablePeopleFilter, isFindable } from "@/lib/profiles/findability";
import { searchViewerOf } from "@/lib/discovery/search";
import { parseInput } from "@/lib/validation";
import { formatQuery, MAX_QUERY_LENGTH, parseBooleanQuery } from "./boolean-query";
import { queryFilter, queryHolds } from "./query-plan";
import {
  isOpenToWorkShown,
  openToWorkFilter,
  requireRecruiterSeat,
  type RecruiterSeat,
} from "./recruiter-seat";
import { numberFromText } from "@/lib/forms/fields";
import { withCityKeys } from "@/lib/i18n/cities";
import { withCompanyKeys } from "@/lib/profiles/company-keys";
import type { Who } from "@/lib/core/who";

export const ATTRIBUTE_FILTERS = [
  "city",
  "currentCompany",
  "pastCompanies",
  "schools",
  "industry",
  "skills",
] as const;
export const EXPERIENCE_RANGES = { "0-2": [0, 2], "3-5": [3, 5], "6-10": [6, 10], "11+": [11, 100] } as const;
type ExperienceRange = keyof typeof EXPERIENCE_RANGES;

const Values = z.array(z.string().trim().min(1).max(100)).max(20);
export const CandidateFiltersSchema = z
  .object({
    city: Values,
    currentCompany: Values,
    pastCompanies: Values,
    schools: Values,
    industry: Values,
    skills: Values,
    degree: z.array(z.enum(["1", "2", "3"], { error: "search.unknownFilter" })).max(3),
    experience: z
      .array(z.enum(Object.keys(EXPERIENCE_RANGES) as [ExperienceRange], { error: "search.unknownFilter" }))
      .max(4),
    openToWork: z.array(z.literal("true", { error: "search.unknownFilter" })).max(1),
  })
  .partial()
  .strict()
  .transform(withCityKeys);
export type CandidateFilters = z.output<typeof CandidateFiltersSchema>;

export const CandidateSearchSchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, "recruiter.query.tooLong").default(""),
  filters: CandidateFiltersSchema.default({}),
  cursor: z
    .string()
    .regex(/^\d{1,3}$/, "cursor.invalid")
    .optional(),
  limit: numberFromText(z.number().int().min(1).max(50)).default(20),
});

export type Candidate = {
  id: string;
  handle: string;
  name: string;
  headline: string;
  avatarUrl: string | null;
  city: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
  skills: string[];
  experienceYears: number | null;
  degree: 1 | 2 | 3;
  /** shown as the recruiter may see it; `isPrivate` when only recruiters see it */
  openToWork: { isPrivate: boolean; titles: string[] } | null;
};

export type CandidateResults = {
  query: string;
  hits: Candidate[];
  total: number;
  nextCursor: string | null;
  facets: Record<string, FacetValue[]>;
  processingTimeMs: number;
};

/**
 * Recruiter search over the people index: the boolean query narrows by tokens in Meilisearch, the filters
 * (location, companies, school, industry, skills, years of experience, degree, open to work) are Meilisearch
 * filters too, and each hit is checked again on the rows: who may find whom, and the query as written.
 */
export async function searchCandidates(
  viewer: Who,
  input: unknown,
  client: Meilisearch = search(),
): Promise<CandidateResults> {
  const started = performance.now();
  const seat = await requireRecruiterSeat(viewer);
  const { q, cursor, limit, ...parsed } = parseInput(CandidateSearchSchema, input);
  const filters = await withCompanyKeys(parsed.filters);
  const tree = q ? parseBooleanQuery(q) : null;
  const page = cursor ? Number(cursor) : 1;
  const searchViewer = (await searchViewerOf(viewer))!;
  const base = [
    ...(findablePeopleFilter(finderOf(searchViewer)) ?? [NO_DOCUMENT]),
    ...(tree ? [queryFilter(tree)] : []),
  ];
  const chosen = filterClauses(filters, seat, searchViewer);
  const main: MultiSearchQuery = {
    indexUid: "people",
    q: "",
    filter: [...base, ...chosen],
    facets: [...ATTRIBUTE_FILTERS],
    sort: ["profileScore:desc"],
    attributesToRetrieve: ["id"],
    hitsPerPage: limit,
    page,
  };
  const { results } = await client.multiSearch({ queries: [main] });
  const response = results[0]!;
  const ids = response.hits.map((hit) => String(hit.id));
  const documents = new Map((await buildPersonDocuments(ids)).map((doc) => [doc.id, doc]));
  const connections = new Set(searchViewer.connectionIds);
  const hits = ids.flatMap((id) => {
    const doc = documents.get(id);
    if (!doc || !isFindable(finderOf(searchViewer), doc)) return [];
    if (tree && !queryHolds(tree, searchableFields(doc))) return [];
    return [toCandidate(doc, seat, searchViewer.id, connections)];
  });
  return {
    query: tree ? formatQuery(tree) : "",
    hits,
    total: response.totalHits ?? 0,
    nextCursor: (response.totalPages ?? 0) > page ? String(page + 1) : null,
    facets: await withFacetNames(
      Object.fromEntries(
        ATTRIBUTE_FILTERS.map((facet) => [
          facet,
          facetValues(facet, response.facetDistribution?.[facet], filters[facet] as string[] | undefined),
        ]),
      ),
    ),
    processingTimeMs: Math.round(performance.now() - started),
  };
}

function filterClauses(
  filters: CandidateFilters,
  seat: RecruiterSeat,
  viewer: { id: string; connectionIds: string[] },
): string[] {
  const clauses: string[] = [];
  for (const name of ATTRIBUTE_FILTERS) {
    const values = filters[name] as string[] | undefined;
    if (values?.length) clauses.push(`${name} IN [${values.map(quote).join(", ")}]`);
  }
  if (filters.degree?.length)
    clauses.push(degreeFilter(viewer.id, viewer.connectionIds, filters.degree.map(Number) as (1 | 2 | 3)[]));
  if (filters.experience?.length)
    clauses.push(
      `(${filters.experience
        .map((range) => `experienceYears ${EXPERIENCE_RANGES[range][0]} TO ${EXPERIENCE_RANGES[range][1]}`)
        .join(" OR ")})`,
    );
  if (filters.openToWork?.length) clauses.push(openToWorkFilter(seat));
  return clauses;
}

/** The fields boolean search covers: name, headline, titles, companies, schools, skills, place. */
const searchableFields = (doc: PersonDocument) =>
  [
    doc.name,
    doc.headline,
    ...doc.titles,
    ...doc.companies,
    ...doc.schools,
    ...doc.skills,
    ...doc.cityNames,
    doc.region,
  ].filter((field): field is string => !!field);

function toCandidate(
  doc: PersonDocument,
  seat: RecruiterSeat,
  viewerId: string,
  connections: Set<string>,
): Candidate {
  const degree = connections.has(doc.id) ? 1 : doc.connectionIds.some((id) => connections.has(id)) ? 2 : 3;
  const isShown = doc.id !== viewerId && isOpenToWorkShown(seat, doc);
  return {
    id: doc.id,
    handle: doc.handle,
    name: doc.name,
    headline: doc.headline,
    avatarUrl: doc.avatarUrl,
    city: doc.city,
    currentTitle: doc.currentTitle,
    currentCompany: doc.currentCompanyName,
    skills: doc.skills.slice(0, 6),
    experienceYears: doc.experienceYears,
    degree,
    openToWork: isShown
      ? { isPrivate: !doc.openToWork, titles: doc.openToWork ? doc.openToWorkTitles : [] }
      : null,
  };
}
