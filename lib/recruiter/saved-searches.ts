import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { formatQuery, MAX_QUERY_LENGTH, parseBooleanQuery } from "./boolean-query";
import { requireRecruiterSeat } from "./recruiter-seat";
import { CandidateFiltersSchema, type CandidateFilters } from "./search-candidates";
import type { Who } from "@/lib/core/who";
import { SavedSearchNameSchema } from "./schemas";

export const MAX_SAVED_SEARCHES = 50;

const SavedSearchSchema = z.object({
  ...SavedSearchNameSchema.shape,
  query: z.string().trim().max(MAX_QUERY_LENGTH, "recruiter.query.tooLong"),
  filters: CandidateFiltersSchema.default({}),
});
const SavedSearchRefSchema = z.object({ searchId: z.string().regex(/^[a-z0-9]{20,40}$/, "invalid") });

export type SavedSearch = {
  id: string;
  name: string;
  query: string;
  filters: CandidateFilters;
  createdAt: string;
};

/** Saves a candidate search under a name (the query is checked, and kept in its canonical form). */
export async function saveCandidateSearch(viewer: Who, input: unknown): Promise<SavedSearch> {
  await requireRecruiterSeat(viewer);
  const { name, query, filters } = parseInput(SavedSearchSchema, input);
  const canonical = query ? formatQuery(parseBooleanQuery(query, "query")) : "";
  if (!canonical && !Object.keys(filters).length) throw new AppError("validation", "recruiter.searchEmpty");
  if ((await db.recruiterSearch.count({ where: { userId: viewer!.id } })) >= MAX_SAVED_SEARCHES)
    throw new AppError("conflict", "recruiter.tooManySearches", { values: { max: MAX_SAVED_SEARCHES } });
  const row = await db.recruiterSearch.create({
    data: { userId: viewer!.id, name, query: canonical, filters },
    select: { id: true, name: true, query: true, filters: true, createdAt: true },
  });
  return toSavedSearch(row);
}

export async function listSavedSearches(viewer: Who): Promise<SavedSearch[]> {
  await requireRecruiterSeat(viewer);
  const rows = await db.recruiterSearch.findMany({
    where: { userId: viewer!.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, query: true, filters: true, createdAt: true },
  });
  return rows.map(toSavedSearch);
}

export async function deleteSavedSearch(viewer: Who, input: unknown) {
  if (!viewer) throw new AppError("unauthenticated");
  const { searchId } = parseInput(SavedSearchRefSchema, input);
  const { count } = await db.recruiterSearch.deleteMany({ where: { id: searchId, userId: viewer.id } });
  if (!count) throw new AppError("not_found", "recruiter.searchNotFound");
}

const toSavedSearch = (row: {
  id: string;
  name: string;
  query: string;
  filters: unknown;
  createdAt: Date;
}) => ({
  id: row.id,
  name: row.name,
  query: row.query,
  filters: row.filters as CandidateFilters,
  createdAt: row.createdAt.toISOString(),
});
