import { z } from "zod";
import { jsonResponse, registerRoute } from "@/lib/api/openapi";

const HealthSchema = z.object({
  status: z
    .enum(["ok", "degraded", "down"])
    .describe("degraded: search is down and falls back to PostgreSQL"),
  db: z.enum(["ok", "down"]),
  search: z.enum(["ok", "down"]),
  version: z.string(),
});

registerRoute({
  method: "get",
  path: "/api/health",
  tags: ["meta"],
  summary: "Health of the app and its services",
  security: [],
  responses: {
    200: jsonResponse("Serving: everything up, or search down (degraded)", HealthSchema),
    503: jsonResponse("The database is down", HealthSchema),
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/openapi.json",
  tags: ["meta"],
  summary: "This document",
  security: [],
  responses: { 200: { description: "OpenAPI 3.1 document" } },
});
