// REST routes of recruiting: candidate search, saved searches, talent projects.
import { z } from "zod";
import { ERRORS, jsonBody, jsonResponse, registerRoute, FacetsSchema } from "@/lib/api/openapi";
import { done, pageParams, write } from "@/lib/companies/openapi";
import { PersonSchema } from "@/lib/network/openapi";
import { ATTRIBUTE_FILTERS, EXPERIENCE_RANGES } from "./search-candidates";
import { TALENT_STAGES } from "@/lib/recruiter/schemas";

const tags = ["recruiter"];
const date = z.iso.datetime();
const projectParams = { params: z.object({ projectId: z.string() }) };
const SavedSearchSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string(),
  filters: z.record(z.string(), z.array(z.string())),
  createdAt: date,
});

registerRoute({
  method: "get",
  path: "/api/v1/recruiter/candidates",
  tags,
  summary:
    'Candidate search for recruiters. q is a boolean query: AND, OR, NOT (or 且, 或, 非), "phrases", (groups); a malformed one gets 422 with the column of the mistake',
  request: {
    query: z.object({
      q: z.string().optional(),
      page: z.string().optional(),
      experience: z.enum(Object.keys(EXPERIENCE_RANGES) as [string]).optional(),
      degree: z.enum(["1", "2", "3"]).optional(),
      openToWork: z.literal("true").optional(),
      ...Object.fromEntries(ATTRIBUTE_FILTERS.map((name) => [name, z.string().optional()])),
    }),
  },
  responses: {
    200: jsonResponse(
      "A page of candidates",
      z.object({
        query: z.string().describe("the query in canonical form"),
        hits: z.array(
          z.object({
            id: z.string(),
            handle: z.string(),
            name: z.string(),
            headline: z.string(),
            city: z.string().nullable(),
            currentTitle: z.string().nullable(),
            currentCompany: z.string().nullable(),
            experienceYears: z.number().nullable(),
            degree: z.number(),
            openToWork: z.object({ isPrivate: z.boolean(), titles: z.array(z.string()) }).nullable(),
          }),
        ),
        total: z.number(),
        nextCursor: z.string().nullable(),
        facets: FacetsSchema,
      }),
    ),
    401: ERRORS[401],
    403: ERRORS[403],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/recruiter/searches",
  tags,
  summary: "Your saved candidate searches",
  responses: {
    200: jsonResponse("Saved searches", z.object({ items: z.array(SavedSearchSchema) })),
    ...write,
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/recruiter/searches",
  tags,
  summary: "Save a candidate search under a name",
  request: jsonBody(
    z.object({
      name: z.string(),
      query: z.string(),
      filters: z.record(z.string(), z.array(z.string())).optional(),
    }),
  ),
  responses: { 200: jsonResponse("The saved search", SavedSearchSchema), ...write, 409: ERRORS[409] },
});
registerRoute({
  method: "delete",
  path: "/api/v1/recruiter/searches/{searchId}",
  tags,
  summary: "Forget a saved search",
  request: { params: z.object({ searchId: z.string() }) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/recruiter/projects",
  tags,
  summary: "The talent projects of every company you hire for",
  responses: {
    200: jsonResponse(
      "Projects",
      z.object({
        items: z.array(
          z.object({ id: z.string(), name: z.string(), candidateCount: z.number(), updatedAt: date }),
        ),
      }),
    ),
    401: ERRORS[401],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/{slug}/projects",
  tags,
  summary: "Start a talent project for the company (hiring team)",
  request: { ...pageParams, ...jsonBody(z.object({ name: z.string(), description: z.string().optional() })) },
  responses: { 200: jsonResponse("The project", z.object({ id: z.string(), name: z.string() })), ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/recruiter/projects/{projectId}",
  tags,
  summary: "A project with its candidates, stages and the team's private notes (hiring team)",
  request: projectParams,
  responses: {
    200: jsonResponse(
      "The project",
      z.object({
        id: z.string(),
        name: z.string(),
        candidates: z.array(
          z.object({ person: PersonSchema, stage: z.enum(TALENT_STAGES), note: z.string(), addedAt: date }),
        ),
      }),
    ),
    ...write,
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/recruiter/projects/{projectId}/candidates",
  tags,
  summary: "Add a member to the project — from search, a profile or an application (applicationId)",
  request: {
    ...projectParams,
    ...jsonBody(
      z.object({ handle: z.string(), applicationId: z.string().optional(), note: z.string().optional() }),
    ),
  },
  responses: { ...done, ...write },
});
for (const method of ["patch", "delete"] as const)
  registerRoute({
    method,
    path: "/api/v1/recruiter/projects/{projectId}/candidates/{handle}",
    tags,
    summary:
      method === "patch" ? "Move a candidate to another stage, or rewrite the note" : "Take a candidate out",
    request: {
      params: z.object({ projectId: z.string(), handle: z.string() }),
      ...(method === "patch" &&
        jsonBody(z.object({ stage: z.enum(TALENT_STAGES).optional(), note: z.string().optional() }))),
    },
    responses: { ...done, ...write },
  });
