import { z } from "zod";
import {
  ERRORS,
  jsonBody,
  jsonResponse,
  OPTIONAL_SESSION,
  page,
  registerRoute,
  registry,
} from "@/lib/api/openapi";
import { PersonSchema } from "@/lib/network/openapi";
import { CommentSchema, PostSchema } from "./schemas";
import { MAX_POST_IMAGES, POST_AUDIENCES, REACTION_TYPES, CONTENT_REPORT_REASONS } from "./limits";

export const tags = ["feed"];
const MentionsSchema = z
  .array(z.object({ handle: z.string(), name: z.string() }))
  .describe("the members the text mentions by @handle, to show by name");
export const id = z.string();
export const date = z.iso.datetime();
export const handle = z.string().describe("a profile address, e.g. zhang-congcong");
export const tag = z.string().describe("a hashtag without '#', lower-case: ai, 跨境电商");
export const write = { 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404], 422: ERRORS[422] };
export const done = { 204: { description: "Done" } };
export const pageQuery = z.object({
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

/** A company page as the author of a post or article. */
export const PostCompanySchema = z.object({
  slug: z.string(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  logo: z.string().nullable(),
  isVerified: z.boolean(),
});
export const AuthorSchema = PersonSchema.extend({
  degree: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .nullable()
    .describe("null for yourself"),
});
const PostBodySchema = z.object({
  id,
  kind: z.enum(["post", "article", "repost"]),
  text: z.string(),
  mentions: MentionsSchema,
  audience: z.enum(POST_AUDIENCES),
  isCommentingOff: z.boolean(),
  createdAt: date,
  editedAt: date.nullable(),
  author: AuthorSchema,
  company: PostCompanySchema.nullable().describe("the company page it was posted as: shown as its author"),
  images: z.array(
    z.object({
      url: z.string(),
      largeUrl: z.string(),
      width: z.number(),
      height: z.number(),
      alt: z.string(),
    }),
  ),
  link: z
    .object({
      url: z.string(),
      title: z.string(),
      description: z.string().nullable(),
      imageUrl: z.string().nullable(),
      siteName: z.string().nullable(),
    })
    .nullable(),
  article: z
    .object({
      slug: z.string(),
      title: z.string(),
      coverUrl: z.string().nullable(),
      readingMinutes: z.number().int(),
      category: z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() }).nullable(),
    })
    .nullable(),
  counts: z.object({
    reactions: z.number().int(),
    comments: z.number().int(),
    reposts: z.number().int(),
    byType: z.record(z.enum(REACTION_TYPES), z.number().int()),
  }),
});
export const PostCardSchema = registry.register(
  "Post",
  PostBodySchema.extend({
    repostOf: PostBodySchema.nullable().describe("the shared post; null if it is gone or not for you"),
    viewer: z.object({
      reaction: z.enum(REACTION_TYPES).nullable(),
      isSaved: z.boolean(),
      isAuthor: z.boolean(),
      canComment: z.boolean(),
      canRepost: z.boolean(),
    }),
  }),
);
const CommentViewSchema = registry.register(
  "Comment",
  z.object({
    id,
    parentId: id.nullable(),
    text: z.string(),
    mentions: MentionsSchema,
    createdAt: date,
    editedAt: date.nullable(),
    author: AuthorSchema,
    reactionCount: z.number().int(),
    replyCount: z.number().int(),
    viewer: z.object({
      reaction: z.enum(REACTION_TYPES).nullable(),
      isAuthor: z.boolean(),
      canDelete: z.boolean(),
    }),
  }),
);
const postParams = { params: z.object({ id }) };
const Created = z.object({ id });
const ReportBody = z.object({
  reason: z.enum(CONTENT_REPORT_REASONS),
  details: z.string().max(1000).optional(),
});

registerRoute({
  method: "post",
  path: "/api/v1/posts",
  tags,
  summary: `Publish a post (3 000 characters with #hashtags, @mentions and a link; up to ${MAX_POST_IMAGES} pictures). 30 posts an hour.`,
  request: {
    body: {
      required: true,
      content: {
        "application/json": { schema: PostSchema },
        "multipart/form-data": {
          schema: PostSchema.extend({
            images: z.array(z.string().openapi({ format: "binary" })).max(MAX_POST_IMAGES),
          }),
        },
      },
    },
  },
  responses: { 200: jsonResponse("Published", Created), 429: ERRORS[429], ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/posts/{id}",
  security: OPTIONAL_SESSION,
  tags,
  summary: "A post as you may see it (connections-only posts are not found by others)",
  request: postParams,
  responses: { 200: jsonResponse("The post", PostCardSchema), 404: ERRORS[404] },
});
registerRoute({
  method: "patch",
  path: "/api/v1/posts/{id}",
  tags,
  summary: "Edit your post: text (marked edited), audience, whether others may comment",
  request: {
    ...postParams,
    ...jsonBody(
      z.object({
        text: z.string().max(3000).optional(),
        audience: z.enum(POST_AUDIENCES).optional(),
        isCommentingOff: z.boolean().optional(),
      }),
    ),
  },
  responses: { 200: jsonResponse("The edited post", PostCardSchema), ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/posts/{id}",
  tags,
  summary: "Delete your post (everywhere at once)",
  request: postParams,
  responses: { ...done, ...write },
});
registerRoute({
  method: "put",
  path: "/api/v1/posts/{id}/reaction",
  tags,
  summary: `React to a post (${REACTION_TYPES.join(", ")}): one reaction per member, changeable`,
  request: { ...postParams, ...jsonBody(z.object({ type: z.enum(REACTION_TYPES) })) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/posts/{id}/reaction",
  tags,
  summary: "Take your reaction back",
  request: postParams,
  responses: { ...done, ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/posts/{id}/comments",
  security: OPTIONAL_SESSION,
  tags,
  summary: "A post's comments, newest first — or, with parentId, one comment's replies, oldest first",
  request: { ...postParams, query: pageQuery.extend({ parentId: id.optional() }) },
  responses: {
    200: jsonResponse("A page of comments", page(CommentViewSchema)),
    404: ERRORS[404],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/posts/{id}/comments",
  tags,
  summary: "Comment on a post, or reply to a comment (two levels). 200 comments an hour.",
  request: { ...postParams, ...jsonBody(CommentSchema.omit({ postId: true })) },
  responses: { 200: jsonResponse("Commented", Created), 429: ERRORS[429], ...write },
});
registerRoute({
  method: "post",
  path: "/api/v1/posts/{id}/reposts",
  tags,
  summary: "Share a post for anyone with your network, with or without a comment",
  request: { ...postParams, ...jsonBody(z.object({ text: z.string().max(3000).optional() })) },
  responses: { 200: jsonResponse("Reposted", Created), 429: ERRORS[429], ...write },
});
for (const [path, put, del] of [
  ["save", "Save a post for later", "Unsave a post"],
  ["hide", "Hide a post from your feed", "Show a hidden post again"],
] as const) {
  registerRoute({
    method: "put",
    path: `/api/v1/posts/{id}/${path}`,
    tags,
    summary: put,
    request: postParams,
    responses: { ...done, ...write },
  });
  registerRoute({
    method: "delete",
    path: `/api/v1/posts/{id}/${path}`,
    tags,
    summary: del,
    request: postParams,
    responses: { ...done, ...write },
  });
}
for (const [path, what] of [
  ["posts", "post"],
  ["comments", "comment"],
] as const) {
  registerRoute({
    method: "post",
    path: `/api/v1/${path}/{id}/report`,
    tags,
    summary: `Report a ${what} to the moderators`,
    request: { ...postParams, ...jsonBody(ReportBody) },
    responses: { ...done, ...write },
  });
}
registerRoute({
  method: "patch",
  path: "/api/v1/comments/{id}",
  tags,
  summary: "Edit your comment",
  request: { ...postParams, ...jsonBody(z.object({ text: z.string().max(1250) })) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/comments/{id}",
  tags,
  summary: "Delete your comment (or one on your post); a comment takes its replies with it",
  request: postParams,
  responses: { ...done, ...write },
});
registerRoute({
  method: "put",
  path: "/api/v1/comments/{id}/reaction",
  tags,
  summary: "React to a comment",
  request: { ...postParams, ...jsonBody(z.object({ type: z.enum(REACTION_TYPES) })) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/comments/{id}/reaction",
  tags,
  summary: "Take your reaction to a comment back",
  request: postParams,
  responses: { ...done, ...write },
});
