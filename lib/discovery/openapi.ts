// REST routes of search.
import { z } from "zod";
import { SEARCH_QUERY_MAX } from "./limits";
import { ERRORS, FacetsSchema, jsonResponse, registerRoute, OPTIONAL_SESSION } from "@/lib/api/openapi";
import { PersonSchema } from "@/lib/network/openapi";
import { FACETS, SEARCH_TYPES, SORTS } from "./search-query";

const tags = ["Search"];
const Segments = z
  .array(z.object({ text: z.string(), isMatch: z.boolean() }))
  .describe("the text in pieces, the matched ones marked");
const section = <T extends z.ZodType>(hit: T) =>
  z
    .object({
      hits: z.array(hit),
      total: z.number().int(),
      nextCursor: z.string().nullable(),
      facets: FacetsSchema,
    })
    .nullable();

const PersonHit = PersonSchema.extend({
  degree: z.number().int().min(1).max(3).nullable(),
  highlight: z.object({ name: Segments, headline: Segments }),
});

registerRoute({
  method: "get",
  path: "/api/v1/search",
  security: OPTIONAL_SESSION,
  tags,
  summary:
    "Search people, companies and posts (typo-tolerant, Chinese and English, synonyms both ways) as you may see them",
  request: {
    query: z.object({
      q: z.string().max(SEARCH_QUERY_MAX).optional(),
      type: z.enum(SEARCH_TYPES).optional().describe("all (a few of each, no facets) unless given"),
      filters: z
        .string()
        .optional()
        .describe(
          `JSON: facet → values, e.g. {"city":["杭州"],"degree":["2"]}. People: ${FACETS.people.join(", ")} (degree 1, 2, 3; signed in). Companies: ${FACETS.companies.join(", ")}. Posts: ${FACETS.posts.join(", ")} (date day, week, month; kind post, article).`,
        ),
      sort: z.enum(SORTS).optional(),
      cursor: z.string().optional(),
      limit: z.number().int().min(1).max(50).optional().describe("10 unless given"),
    }),
  },
  responses: {
    200: jsonResponse(
      "Results by kind (null where not asked)",
      z.object({
        q: z.string(),
        type: z.enum(SEARCH_TYPES),
        people: section(PersonHit),
        companies: section(z.object({ id: z.string(), slug: z.string() }).loose()),
        posts: section(z.object({ id: z.string(), kind: z.enum(["post", "article"]) }).loose()),
        processingTimeMs: z.number().int(),
        isDegraded: z
          .boolean()
          .describe("Meilisearch was down: PostgreSQL answered, without facets or typos"),
      }),
    ),
    422: ERRORS[422],
  },
});

registerRoute({
  method: "get",
  path: "/api/v1/search/suggest",
  security: OPTIONAL_SESSION,
  tags,
  summary: "The typeahead: top people (your network first), companies and hashtags for what is typed so far",
  request: {
    query: z.object({ q: z.string().max(100).optional().describe("the last word counts as a prefix") }),
  },
  responses: {
    200: jsonResponse(
      "At most 5 people, 3 companies and 3 hashtags",
      z.object({
        q: z.string(),
        people: z.array(PersonHit),
        companies: z.array(z.object({ id: z.string(), slug: z.string() }).loose()),
        hashtags: z.array(z.object({ name: z.string(), postCount: z.number().int(), highlight: Segments })),
        processingTimeMs: z.number().int(),
        isDegraded: z.boolean().describe("Meilisearch was down: PostgreSQL answered, by the words as typed"),
      }),
    ),
    422: ERRORS[422],
  },
});
