import { z } from "zod";
import { AppError } from "@/lib/errors";
import { numberFromText } from "@/lib/forms/fields";
import { withCityKeys } from "@/lib/i18n/cities";
import { SEARCH_QUERY_MAX } from "./limits";

export const SEARCH_TYPES = ["all", "people", "companies", "posts"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export type ResultType = Exclude<SearchType, "all">;

/**
 * The facets of each kind of result, as the URL and the API name them. Most are attributes of the documents;
 * `degree` (people) and `date` (posts) are computed per viewer and per day, with fixed values.
 */
export const FACETS = {
  people: [
    "degree",
    "city",
    "currentCompany",
    "pastCompanies",
    "schools",
    "industry",
    "skills",
    "openToWork",
  ],
  companies: ["industry", "size", "cities"],
  posts: ["date", "authorName", "hashtags", "kind"],
} as const satisfies Record<ResultType, readonly string[]>;
export type FacetName<T extends ResultType> = (typeof FACETS)[T][number];

/** Facets whose values are fixed (the others take the values the index holds). */
export const FIXED_FACET_VALUES: Record<string, readonly string[]> = {
  degree: ["1", "2", "3"],
  date: ["day", "week", "month"],
  kind: ["post", "article"],
  openToWork: ["true"],
};

export const SORTS = ["relevance", "recent"] as const;

const FilterValues = z.array(z.string().trim().min(1).max(100)).max(20);

export const SearchQuerySchema = z
  .object({
    q: z.string().trim().max(SEARCH_QUERY_MAX, "search.queryTooLong").default(""),
    type: z.enum(SEARCH_TYPES, { error: "search.unknownType" }).default("all"),
    /** facet → the values picked (any of them matches); only for one kind of result */
    filters: z.record(z.string().max(40), FilterValues).default({}).transform(withCityKeys),
    sort: z.enum(SORTS, { error: "invalid" }).default("relevance"),
    cursor: z.string().max(20).optional(),
    limit: numberFromText(z.number().int().min(1).max(50)).default(10),
  })
  .superRefine((query, context) => {
    const facets: readonly string[] = query.type === "all" ? [] : FACETS[query.type];
    for (const [facet, values] of Object.entries(query.filters)) {
      const fixed = FIXED_FACET_VALUES[facet];
      if (!facets.includes(facet) || (fixed && values.some((value) => !fixed.includes(value))))
        context.addIssue({ code: "custom", path: ["filters"], message: "search.unknownFilter" });
    }
  });
export type SearchQuery = z.output<typeof SearchQuerySchema>;

/** Results come a page at a time; the cursor is the next page's number. */
export function pageOf(cursor: string | undefined): number {
  if (cursor === undefined) return 1;
  const page = Number(cursor);
  if (!Number.isInteger(page) || page < 1 || page > 1000)
    throw new AppError("validation", "validation", { fields: { cursor: "cursor.invalid" } });
  return page;
}
