import { z } from "zod";
import { AppError } from "@/lib/errors";
import { SALARY_BANDS } from "./salary";
import { EMPLOYMENT_TYPES, SENIORITIES, WORKPLACES } from "./schemas";
import { numberFromText } from "@/lib/forms/fields";
import { withCityKeys } from "@/lib/i18n/cities";

/**
 * The facets of /jobs as the URL and the API name them. `date` and `network` (companies where the viewer has
 * connections) are computed per request; the others are attributes of the job documents.
 */
export const JOB_FACETS = [
  "city",
  "workplace",
  "employmentType",
  "seniority",
  "companyId",
  "salaryBands",
  "date",
  "network",
] as const;
export type JobFacet = (typeof JOB_FACETS)[number];

export const JOB_FIXED_VALUES: Partial<Record<JobFacet, readonly string[]>> = {
  workplace: WORKPLACES,
  employmentType: EMPLOYMENT_TYPES,
  seniority: SENIORITIES,
  salaryBands: SALARY_BANDS,
  date: ["day", "week", "month"],
  network: ["true"],
};

/** Facets answered by filters of their own (one count query per value), not by Meilisearch's distribution. */
export const COMPUTED_FACETS = ["date", "network"] as const;

export const JOB_SORTS = ["relevance", "recent"] as const;

const FilterValues = z.array(z.string().trim().min(1).max(100)).max(20);

export const JobFiltersSchema = z
  .record(z.string().max(40), FilterValues)
  .default({})
  .superRefine((filters, context) => {
    for (const [facet, values] of Object.entries(filters)) {
      const fixed = JOB_FIXED_VALUES[facet as JobFacet];
      if (!JOB_FACETS.includes(facet as JobFacet) || (fixed && values.some((v) => !fixed.includes(v))))
        context.addIssue({ code: "custom", path: [facet], message: "search.unknownFilter" });
    }
  })
  .transform(withCityKeys);
export type JobFilters = Partial<Record<JobFacet, string[]>>;

export const JobSearchQuerySchema = z.object({
  q: z.string().trim().max(200, "search.queryTooLong").default(""),
  filters: JobFiltersSchema,
  sort: z.enum(JOB_SORTS, { error: "invalid" }).default("relevance"),
  cursor: z.string().max(20).optional(),
  limit: numberFromText(z.number().int().min(1).max(50)).default(20),
});
export type JobSearchQuery = Omit<z.output<typeof JobSearchQuerySchema>, "filters"> & { filters: JobFilters };

/** Results come a page at a time; the cursor is the next page's number. */
export function jobPageOf(cursor: string | undefined): number {
  if (cursor === undefined) return 1;
  const page = Number(cursor);
  if (!Number.isInteger(page) || page < 1 || page > 50)
    throw new AppError("validation", "validation", { fields: { cursor: "cursor.invalid" } });
  return page;
}

const DAY = 24 * 60 * 60 * 1000;
export const DATE_SPANS = { day: DAY, week: 7 * DAY, month: 30 * DAY } as const;
