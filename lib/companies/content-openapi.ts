// REST routes of a company page's content: announcements, products, analytics and views (its posts: lib/feed/feed-openapi.ts).
import { z } from "zod";
import { ERRORS, jsonBody, jsonResponse, OPTIONAL_SESSION, registerRoute } from "@/lib/api/openapi";

import {
  AnnouncementViewSchema,
  binary,
  done,
  pageParams,
  ProductViewSchema,
  slug,
  tags,
  write,
} from "./openapi";
import { ANALYTICS_RANGES, AnnouncementSchema, ProductSchema } from "./schemas";

registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}/announcements",
  security: OPTIONAL_SESSION,
  tags,
  summary: "The page's announcements (公告), the pinned one first",
  request: pageParams,
  responses: { 200: jsonResponse("Announcements", z.object({ items: z.array(AnnouncementViewSchema) })) },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/{slug}/announcements",
  tags,
  summary: "Post an announcement, pinned at the top of the page unless isPinned is false",
  request: { ...pageParams, ...jsonBody(AnnouncementSchema) },
  responses: { 200: jsonResponse("The announcement", AnnouncementViewSchema), ...write },
});
registerRoute({
  method: "patch",
  path: "/api/v1/companies/{slug}/announcements/{announcementId}",
  tags,
  summary: "Pin (unpinning any other) or unpin an announcement",
  request: {
    params: z.object({ slug, announcementId: z.string() }),
    ...jsonBody(z.object({ isPinned: z.boolean() })),
  },
  responses: { ...done, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/companies/{slug}/announcements/{announcementId}",
  tags,
  summary: "Delete an announcement",
  request: { params: z.object({ slug, announcementId: z.string() }) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}/products",
  security: OPTIONAL_SESSION,
  tags,
  summary: "Products and services, in the page's order",
  request: pageParams,
  responses: { 200: jsonResponse("Products", z.object({ items: z.array(ProductViewSchema) })) },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/{slug}/products",
  tags,
  summary: "Add a product or service (JSON, or multipart with an `image` file beside the fields)",
  request: {
    ...pageParams,
    body: {
      required: true,
      content: {
        "application/json": { schema: ProductSchema },
        "multipart/form-data": { schema: ProductSchema.extend({ image: binary.optional() }) },
      },
    },
  },
  responses: { 200: jsonResponse("The product", ProductViewSchema), 409: ERRORS[409], ...write },
});
registerRoute({
  method: "patch",
  path: "/api/v1/companies/{slug}/products/{productId}",
  tags,
  summary: "Change a product (JSON, or multipart with a new `image`)",
  request: {
    params: z.object({ slug, productId: z.string() }),
    body: {
      required: true,
      content: {
        "application/json": { schema: ProductSchema.partial() },
        "multipart/form-data": { schema: ProductSchema.partial().extend({ image: binary.optional() }) },
      },
    },
  },
  responses: { 200: jsonResponse("The product", ProductViewSchema), ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/companies/{slug}/products/{productId}",
  tags,
  summary: "Remove a product",
  request: { params: z.object({ slug, productId: z.string() }) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}/analytics",
  tags,
  summary:
    "Followers, unique page views, post impressions and reactions day by day (in the page's time zone), visitors by industry and place (super admins, content admins, analysts)",
  request: {
    ...pageParams,
    query: z.object({ days: z.enum(ANALYTICS_RANGES.map(String) as ["7", "30", "90"]).optional() }),
  },
  responses: {
    200: jsonResponse(
      "Analytics",
      z.object({
        days: z.number().int(),
        timeZone: z.string().describe("the page's time zone: the days are its days"),
        daily: z.array(
          z.object({
            day: z.string(),
            followers: z.number().int(),
            views: z.number().int(),
            impressions: z.number().int(),
            reactions: z.number().int(),
          }),
        ),
        totals: z.object({
          followers: z.number().int(),
          newFollowers: z.number().int(),
          views: z.number().int(),
          impressions: z.number().int(),
          reactions: z.number().int(),
        }),
        visitorsByIndustry: z.array(z.object({ key: z.string(), count: z.number().int() })),
        visitorsByCountry: z.array(z.object({ key: z.string(), count: z.number().int() })),
        visitorsByCity: z.array(z.object({ key: z.string(), count: z.number().int() })),
      }),
    ),
    ...write,
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/{slug}/views",
  security: OPTIONAL_SESSION,
  tags,
  summary: "Count a visit to the page (its own beacon; once a day per visitor)",
  request: pageParams,
  responses: { ...done, 404: ERRORS[404] },
});
