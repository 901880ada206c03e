// REST routes of jobs: postings, search, saving, applying, and the hiring team's pipeline.
import { z } from "zod";
import {
  ERRORS,
  jsonBody,
  jsonResponse,
  registerRoute,
  registry,
  OPTIONAL_SESSION,
  FacetsSchema,
} from "@/lib/api/openapi";
import { binary, done, pageParams, write } from "@/lib/companies/openapi";
import { PersonSchema } from "@/lib/network/openapi";
import { JOB_FACETS } from "./job-search-query";
import {
  ApplySchema,
  BulkRejectSchema,
  CompanyJobsQuerySchema,
  EDUCATION_REQUIREMENTS,
  JobCreateSchema,
  JobStatusChangeSchema,
  JobUpdateSchema,
  MoveSchema,
  NoteSchema,
  RatingSchema,
  STAGES,
  StageNameSchema,
} from "./schemas";

const tags = ["jobs"];
const date = z.iso.datetime();
const jobParams = { params: z.object({ jobId: z.string() }) };
const applicationParams = { params: z.object({ applicationId: z.string() }) };
const stage = z.enum(STAGES);
const list = (item: z.ZodType) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

const SalarySchema = z
  .object({
    min: z.number().nullable(),
    max: z.number().nullable(),
    currency: z.string(),
    period: z.string(),
    months: z
      .number()
      .nullable()
      .describe("months of pay a year (13, 14…) for a monthly salary beyond twelve"),
  })
  .nullable();
const JobCardSchema = registry.register(
  "JobCard",
  z.object({
    id: z.string(),
    title: z.string(),
    status: z.enum(["draft", "open", "paused", "closed"]),
    company: z.object({
      slug: z.string(),
      nameZh: z.string().nullable(),
      nameEn: z.string().nullable(),
      logo: z.string().nullable(),
      isVerified: z.boolean(),
    }),
    city: z.string().nullable(),
    country: z.string().nullable(),
    workplace: z.string(),
    employmentType: z.string(),
    seniority: z.string(),
    salary: SalarySchema,
    isExternal: z.boolean().describe("applications go to the company's own site"),
    publishedAt: date.nullable(),
    expiresAt: date,
    applicantCount: z.number(),
  }),
);
const JobSchema = registry.register(
  "Job",
  JobCardSchema.omit({ applicantCount: true }).extend({
    description: z.string().describe("markdown"),
    education: z.enum(EDUCATION_REQUIREMENTS).nullable().describe("the least schooling asked (学历要求)"),
    remoteCountries: z.array(z.string()),
    requiredSkills: z.array(z.string()),
    niceSkills: z.array(z.string()),
    applyUrl: z.string().nullable(),
    applicantCount: z.number().nullable().describe("for the hiring team only"),
    questions: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(["yes_no", "number", "text"]),
        prompt: z.string(),
        isRequired: z.boolean(),
      }),
    ),
    viewer: z.object({
      isHiringTeam: z.boolean(),
      isSaved: z.boolean(),
      canApply: z.boolean(),
      application: z.object({ id: z.string(), stage, createdAt: date }).nullable(),
    }),
  }),
);

registerRoute({
  method: "get",
  path: "/api/v1/jobs",
  security: OPTIONAL_SESSION,
  tags,
  summary: `Search open jobs. Facets (repeat a parameter to pick several values): ${JOB_FACETS.join(", ")}`,
  request: {
    query: z.object({
      q: z.string().optional(),
      sort: z.enum(["relevance", "recent"]).optional(),
      page: z.string().optional(),
      ...Object.fromEntries(JOB_FACETS.map((facet) => [facet, z.string().optional()])),
    }),
  },
  responses: {
    200: jsonResponse(
      "A page of jobs with the facets counted",
      z.object({
        q: z.string(),
        hits: z.array(JobCardSchema.extend({ isSaved: z.boolean(), hasApplied: z.boolean() })),
        total: z.number(),
        nextCursor: z.string().nullable(),
        facets: FacetsSchema,
        isDegraded: z.boolean(),
      }),
    ),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/jobs/{jobId}",
  security: OPTIONAL_SESSION,
  tags,
  summary: "A job (a draft only for its company's hiring team)",
  request: jobParams,
  responses: { 200: jsonResponse("The job", JobSchema), 404: ERRORS[404] },
});
registerRoute({
  method: "patch",
  path: "/api/v1/jobs/{jobId}",
  tags,
  summary: "Change a job's fields (hiring team); questions only while nobody has applied",
  request: { ...jobParams, ...jsonBody(JobUpdateSchema) },
  responses: { 200: jsonResponse("Saved", z.object({ id: z.string() })), ...write, 409: ERRORS[409] },
});
registerRoute({
  method: "put",
  path: "/api/v1/jobs/{jobId}/status",
  tags,
  summary: "Publish, pause, close or reopen a job (hiring team)",
  request: { ...jobParams, ...jsonBody(JobStatusChangeSchema) },
  responses: {
    200: jsonResponse("The new status", z.object({ id: z.string(), status: z.string() })),
    ...write,
  },
});
for (const method of ["put", "delete"] as const)
  registerRoute({
    method,
    path: "/api/v1/jobs/{jobId}/save",
    tags,
    summary: method === "put" ? "Save a job" : "Unsave a job",
    request: jobParams,
    responses: { ...done, ...write },
  });
registerRoute({
  method: "post",
  path: "/api/v1/jobs/{jobId}/apply",
  tags,
  summary:
    "Apply with your profile: JSON, or multipart with a `resume` PDF (≤ 10 MB) and `answers` as a JSON string",
  request: {
    ...jobParams,
    body: {
      required: true,
      content: {
        "application/json": { schema: ApplySchema },
        "multipart/form-data": {
          schema: z.object({
            email: z.string(),
            phone: z.string().optional(),
            answers: z.string(),
            resume: binary,
          }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse("The application", z.object({ id: z.string(), stage, createdAt: date })),
    ...write,
    409: ERRORS[409],
  },
});
const BoardCardSchema = z.object({
  id: z.string(),
  applicant: PersonSchema,
  stage,
  hasResume: z.boolean(),
  ratingAverage: z.number().nullable(),
  ratingCount: z.number(),
  noteCount: z.number(),
  createdAt: date,
});
registerRoute({
  method: "get",
  path: "/api/v1/jobs/{jobId}/applications",
  tags,
  summary: "The pipeline board: applicants by stage, with the company's stage names (hiring team)",
  request: jobParams,
  responses: {
    200: jsonResponse(
      "The board",
      z.object({
        stageNames: z.record(z.string(), z.string()),
        columns: z.array(z.object({ stage, count: z.number(), cards: z.array(BoardCardSchema) })),
      }),
    ),
    ...write,
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/jobs/{jobId}/applications",
  tags,
  summary: "Decline several applicants at once, with an optional message they see (hiring team)",
  request: { ...jobParams, ...jsonBody(BulkRejectSchema) },
  responses: { 200: jsonResponse("How many", z.object({ rejected: z.number() })), ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/jobs/{jobId}/export",
  tags,
  summary: "The applicants as CSV, one column per screening question (hiring team)",
  request: jobParams,
  responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/applications/{applicationId}",
  tags,
  summary: "An application with the answers, notes and ratings (hiring team)",
  request: applicationParams,
  responses: { 200: jsonResponse("The application", z.object({ id: z.string(), stage })), ...write },
});
registerRoute({
  method: "put",
  path: "/api/v1/applications/{applicationId}/stage",
  tags,
  summary: "Move an application to another stage; the applicant is notified (hiring team)",
  request: { ...applicationParams, ...jsonBody(MoveSchema) },
  responses: { 200: jsonResponse("The new stage", z.object({ id: z.string(), stage })), ...write },
});
registerRoute({
  method: "post",
  path: "/api/v1/applications/{applicationId}/notes",
  tags,
  summary: "A note only the hiring team sees",
  request: { ...applicationParams, ...jsonBody(NoteSchema) },
  responses: {
    200: jsonResponse("The note", z.object({ id: z.string(), text: z.string(), createdAt: date })),
    ...write,
  },
});
registerRoute({
  method: "put",
  path: "/api/v1/applications/{applicationId}/rating",
  tags,
  summary: "Your 1–5 rating of the application (hiring team)",
  request: { ...applicationParams, ...jsonBody(RatingSchema) },
  responses: { 200: jsonResponse("The rating", z.object({ stars: z.number() })), ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/applications/{applicationId}/resume",
  tags,
  summary: "The résumé PDF (its applicant and the hiring team only)",
  request: applicationParams,
  responses: { 200: { description: "PDF", content: { "application/pdf": { schema: binary } } }, ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}/jobs",
  security: OPTIONAL_SESSION,
  tags,
  summary: "A company's jobs: the open ones, or every state for its hiring team",
  request: { ...pageParams, query: CompanyJobsQuerySchema },
  responses: { 200: jsonResponse("Jobs", list(JobCardSchema)), 404: ERRORS[404] },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/{slug}/jobs",
  tags,
  summary: "Post a job (admins and recruiters); a draft unless publish is true",
  request: { ...pageParams, ...jsonBody(JobCreateSchema) },
  responses: { 200: jsonResponse("The job", z.object({ id: z.string(), status: z.string() })), ...write },
});
registerRoute({
  method: "put",
  path: "/api/v1/companies/{slug}/stages",
  tags,
  summary: "Rename a pipeline stage for the company's jobs (an empty name restores the standard one)",
  request: { ...pageParams, ...jsonBody(StageNameSchema) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/me/applications",
  tags,
  summary: "Your applications and where each stands",
  request: { query: z.object({ cursor: z.string().optional(), limit: z.string().optional() }) },
  responses: {
    200: jsonResponse(
      "Applications",
      list(
        z.object({
          id: z.string(),
          job: JobCardSchema,
          stage,
          stageName: z.string().nullable(),
          createdAt: date,
        }),
      ),
    ),
    401: ERRORS[401],
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/me/saved-jobs",
  tags,
  summary: "The jobs you saved, last saved first",
  request: { query: z.object({ cursor: z.string().optional(), limit: z.string().optional() }) },
  responses: { 200: jsonResponse("Saved jobs", list(JobCardSchema)), 401: ERRORS[401] },
});
const AlertSchema = z.object({
  id: z.string(),
  query: z.string(),
  filters: z.record(z.string(), z.array(z.string())),
  href: z.string().describe("the alert's search on /jobs"),
  createdAt: date,
});
registerRoute({
  method: "get",
  path: "/api/v1/me/job-alerts",
  tags,
  summary: "Your job alerts",
  responses: { 200: jsonResponse("Alerts", z.object({ items: z.array(AlertSchema) })), 401: ERRORS[401] },
});
registerRoute({
  method: "post",
  path: "/api/v1/me/job-alerts",
  tags,
  summary: "Save a job search as an alert: new matches bring a notification and a daily email (at most 20)",
  request: jsonBody(
    z.object({ query: z.string().optional(), filters: z.record(z.string(), z.array(z.string())).optional() }),
  ),
  responses: { 200: jsonResponse("The alert", AlertSchema), ...write, 409: ERRORS[409] },
});
registerRoute({
  method: "delete",
  path: "/api/v1/me/job-alerts/{alertId}",
  tags,
  summary: "Stop a job alert",
  request: { params: z.object({ alertId: z.string() }) },
  responses: { ...done, ...write },
});
