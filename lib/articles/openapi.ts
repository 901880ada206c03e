// REST routes of articles (their feed entries, reactions and comments are posts: ./openapi.ts).
import { z } from "zod";
import { ERRORS, jsonBody, jsonResponse, registerRoute, registry, OPTIONAL_SESSION } from "@/lib/api/openapi";
import { AuthorSchema, date, done, id, PostCompanySchema, write } from "@/lib/feed/openapi";

const tags = ["articles"];
const ArticleSchema = registry.register(
  "Article",
  z.object({
    id,
    slug: z.string().describe("its page: /articles/{slug}"),
    title: z.string(),
    body: z.string().describe("markdown, safe subset"),
    mentions: z
      .array(z.object({ handle: z.string(), name: z.string() }))
      .describe("the members the body mentions by @handle, to show by name"),
    status: z.enum(["draft", "published"]),
    cover: z.object({ md: z.string(), lg: z.string() }).nullable(),
    category: z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() }).nullable(),
    readingMinutes: z.number().int(),
    reads: z.object({ members: z.number().int(), visitors: z.number().int() }),
    publishedAt: date.nullable(),
    updatedAt: date,
    editedAt: date.nullable(),
    postId: id.nullable().describe("its feed entry: react and comment there"),
    author: AuthorSchema,
    company: PostCompanySchema.nullable().describe("the company page it was written as: shown as its author"),
    isAuthor: z.boolean(),
  }),
);
const articleParams = { params: z.object({ id }) };
const ArticleBody = z.object({
  title: z.string().max(150),
  body: z
    .string()
    .max(100_000)
    .describe("markdown: headings, emphasis, lists, links, quotes, code, https pictures"),
  categoryId: z.string().nullable().optional().describe("see GET /api/v1/articles/categories"),
});
const NewArticleBody = ArticleBody.extend({
  asCompany: z.string().optional().describe("write it as this company page (its super and content admins)"),
});

registerRoute({
  method: "get",
  path: "/api/v1/articles/categories",
  security: OPTIONAL_SESSION,
  tags,
  summary: "Article categories, in their order",
  responses: {
    200: jsonResponse(
      "Categories",
      z.object({ items: z.array(z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() })) }),
    ),
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/articles",
  tags,
  summary: "Start an article as a draft (only you see it until you publish it)",
  request: jsonBody(NewArticleBody),
  responses: { 200: jsonResponse("Created", z.object({ id, slug: z.string() })), ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/articles/{id}",
  security: OPTIONAL_SESSION,
  tags,
  summary: "An article you may read (a draft only if it is yours)",
  request: articleParams,
  responses: { 200: jsonResponse("The article", ArticleSchema), 404: ERRORS[404] },
});
registerRoute({
  method: "patch",
  path: "/api/v1/articles/{id}",
  tags,
  summary: "Edit your article (a published one changes in place)",
  request: { ...articleParams, ...jsonBody(ArticleBody.partial()) },
  responses: { 200: jsonResponse("The article", ArticleSchema), ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/articles/{id}",
  tags,
  summary: "Delete your article, with its feed entry",
  request: articleParams,
  responses: { ...done, ...write },
});
registerRoute({
  method: "post",
  path: "/api/v1/articles/{id}/publish",
  tags,
  summary: "Publish your draft: it reaches the feed and search (counts as a post for the hourly limit)",
  request: articleParams,
  responses: { 200: jsonResponse("Published", z.object({ postId: id })), 429: ERRORS[429], ...write },
});
registerRoute({
  method: "put",
  path: "/api/v1/articles/{id}/cover",
  tags,
  summary: "Set the cover picture (JPEG, PNG or WebP; cropped to 1.91:1)",
  request: {
    ...articleParams,
    body: {
      required: true,
      content: {
        "multipart/form-data": { schema: z.object({ image: z.string().openapi({ format: "binary" }) }) },
      },
    },
  },
  responses: { 200: jsonResponse("The article", ArticleSchema), ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/me/articles",
  tags,
  summary: "Your articles, drafts and published, the latest changed first",
  responses: {
    200: jsonResponse(
      "Your articles",
      z.object({
        items: z.array(
          z.object({
            id,
            slug: z.string(),
            title: z.string(),
            status: z.enum(["draft", "published"]),
            readCount: z.number().int(),
            anonymousReadCount: z.number().int(),
            updatedAt: date,
            publishedAt: date.nullable(),
          }),
        ),
      }),
    ),
    401: ERRORS[401],
  },
});
