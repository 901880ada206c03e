import { z } from "zod";
import { jsonResponse, registerRoute } from "@/lib/api/openapi";

const HealthSchema = z.object({
  status: z.enum(["ok", "down"]),
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
    200: jsonResponse("Everything is up", HealthSchema),
    503: jsonResponse("Something is down (named)", HealthSchema),
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
