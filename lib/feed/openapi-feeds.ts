// REST routes of the feeds: the home feed, saved posts, a member's posts, mutes and hashtags (posts and comments
// themselves are in ./openapi.ts).
import { z } from "zod";
import { ERRORS, jsonResponse, OPTIONAL_SESSION, page, registerRoute } from "@/lib/api/openapi";

import { date, done, handle, pageQuery, PostCardSchema, tag, tags, write } from "./openapi";
import { TRENDING } from "./schemas";
import { FEED_MODES } from "./limits";
import { pageParams as companyPageParams, tags as companyTags } from "@/lib/companies/openapi";

registerRoute({
  method: "get",
  path: "/api/v1/feed",
  tags,
  summary:
    "Your home feed: ranked (top: affinity × engagement × kind × freshness, seen posts sink) or most recent. Pages never repeat a post.",
  request: {
    query: pageQuery.extend({
      mode: z.enum(FEED_MODES).optional(),
      limit: z.number().int().min(1).max(50).optional(),
    }),
  },
  responses: {
    200: jsonResponse(
      "A page of the feed",
      z.object({
        items: z.array(
          PostCardSchema.extend({
            rank: z
              .object({ score: z.number() })
              .loose()
              .nullable()
              .describe("the score and its factors, on the first ranked page"),
          }),
        ),
        nextCursor: z.string().nullable(),
        mode: z.enum(FEED_MODES),
        asOf: date.describe("pass it as `since` to /api/v1/feed/new"),
      }),
    ),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/feed/new",
  tags,
  summary: "How many posts your network published since a moment (the feed's asOf)",
  request: { query: z.object({ since: date }) },
  responses: {
    200: jsonResponse("New posts", z.object({ count: z.number().int() })),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/me/saved-posts",
  tags,
  summary: "The posts you saved, the latest first",
  request: { query: pageQuery },
  responses: {
    200: jsonResponse("A page of posts", page(PostCardSchema)),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/people/{handle}/posts",
  security: OPTIONAL_SESSION,
  tags,
  summary: "A member's posts, articles and reposts that you may see, newest first",
  request: { params: z.object({ handle }), query: pageQuery },
  responses: {
    200: jsonResponse("A page of posts", page(PostCardSchema)),
    404: ERRORS[404],
    422: ERRORS[422],
  },
});
for (const [method, summary] of [
  ["put", "Mute a member: their posts leave your feed (they aren't told)"],
  ["delete", "Unmute a member"],
] as const) {
  registerRoute({
    method,
    path: "/api/v1/mutes/{handle}",
    tags,
    summary,
    request: { params: z.object({ handle }) },
    responses: { ...done, ...write },
  });
}

registerRoute({
  method: "get",
  path: "/api/v1/hashtags/trending",
  security: OPTIONAL_SESSION,
  tags,
  summary: `The ${TRENDING.count} hashtags most members wrote about in public posts in the last ${TRENDING.hours} hours`,
  responses: {
    200: jsonResponse(
      "Trending hashtags",
      z.object({
        items: z.array(
          z.object({ name: z.string(), authorCount: z.number().int(), postCount: z.number().int() }),
        ),
      }),
    ),
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/hashtags/{tag}",
  security: OPTIONAL_SESSION,
  tags,
  summary: "A hashtag: how many follow it, and whether you do",
  request: { params: z.object({ tag }) },
  responses: {
    200: jsonResponse(
      "The hashtag",
      z.object({ name: z.string(), followerCount: z.number().int(), isFollowing: z.boolean() }),
    ),
    404: ERRORS[404],
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/hashtags/{tag}/posts",
  security: OPTIONAL_SESSION,
  tags,
  summary: "Posts with this hashtag that you may see, newest first",
  request: { params: z.object({ tag }), query: pageQuery },
  responses: {
    200: jsonResponse("A page of posts", page(PostCardSchema)),
    404: ERRORS[404],
    422: ERRORS[422],
  },
});
for (const [method, summary] of [
  ["put", "Follow a hashtag: its public posts come into your feed"],
  ["delete", "Stop following a hashtag"],
] as const) {
  registerRoute({
    method,
    path: "/api/v1/hashtags/{tag}/follow",
    tags,
    summary,
    request: { params: z.object({ tag }) },
    responses: { ...done, ...write },
  });
}
registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}/posts",
  security: OPTIONAL_SESSION,
  tags: companyTags,
  summary: "What the page published as itself, newest first",
  request: {
    ...companyPageParams,
    query: z.object({ cursor: z.string().optional(), limit: z.number().int().optional() }),
  },
  responses: { 200: jsonResponse("A page of posts", page(PostCardSchema)), 404: ERRORS[404] },
});
