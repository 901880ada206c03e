import {
  extendZodWithOpenApi,
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type RouteConfig,
} from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import packageJson from "@/package.json";

extendZodWithOpenApi(z);

export const registry = new OpenAPIRegistry();

const ErrorSchema = registry.register(
  "Error",
  z.object({
    error: z.object({
      code: z.enum([
        "validation",
        "unauthenticated",
        "forbidden",
        "not_found",
        "conflict",
        "too_large",
        "rate_limited",
        "internal",
      ]),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  }),
);

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});

export const ERRORS = {
  401: errorResponse("Not signed in"),
  403: errorResponse("Not allowed"),
  404: errorResponse("Not found"),
  409: errorResponse("Conflicts with existing data"),
  422: errorResponse("Invalid input (see `fields`)"),
  429: errorResponse("Too many requests (see the Retry-After header)"),
};

export const jsonBody = (schema: z.ZodType) => ({
  body: { required: true, content: { "application/json": { schema } } },
});
export const jsonResponse = (description: string, schema: z.ZodType) => ({
  description,
  content: { "application/json": { schema } },
});

/** A route that answers anyone, and a signed-in member as themself (publicRoute in lib/api/route.ts). */
export const OPTIONAL_SESSION: Record<string, string[]>[] = [{ session: [] }, {}];

/** A route; it needs a session (memberRoute) unless it says `security: OPTIONAL_SESSION`. */
export function registerRoute(route: RouteConfig) {
  registry.registerPath({ security: [{ session: [] }], ...route });
}

registry.registerComponent("securitySchemes", "session", {
  type: "apiKey",
  in: "cookie",
  name: "next-auth.session-token",
  description: "The session cookie set by POST /api/v1/auth/sign-in (`__Secure-` prefixed over https).",
});

export function openApiDocument() {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Renmai REST API",
      version: packageJson.version,
      description:
        "JSON in, JSON out. Errors are `{error:{code,message,fields}}` with the matching HTTP status; messages follow Accept-Language. Lists use `?cursor=&limit=` and return `{items,nextCursor}`. Writes need `Content-Type: application/json`.",
    },
    servers: [{ url: "/" }],
  });
}

/** A keyset-paginated list of items. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Search facets: each facet's values with their counts; a place or company page also has its two names. */
export const FacetsSchema = z.record(
  z.string(),
  z.array(
    z.object({
      value: z.string(),
      count: z.number().int(),
      isSelected: z.boolean(),
      names: z
        .object({ zh: z.string(), en: z.string() })
        .optional()
        .describe("what the value is called in Chinese and in English (cities, company pages)"),
    }),
  ),
);

const cropPercent = z.number().min(0).max(100).optional();
/** An image upload: the file, and optionally the area to keep, in percent of the upright picture. */
export const ImageUploadSchema = z.object({
  image: z.string().openapi({ format: "binary" }),
  cropX: cropPercent.describe("left edge of the area to keep, in percent"),
  cropY: cropPercent.describe("top edge, in percent"),
  cropWidth: cropPercent.describe("width, in percent (all four or none)"),
  cropHeight: cropPercent.describe("height, in percent"),
});
