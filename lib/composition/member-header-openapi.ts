import { z } from "zod";
import { ERRORS, jsonResponse, registerRoute } from "@/lib/api/openapi";

const MemberHeaderSchema = z.object({
  name: z.string(),
  avatar: z.string().nullable().describe("the member's own photo, small"),
  badges: z.object({
    notifications: z.number().int().describe("unread notifications"),
    invitations: z.number().int().describe("invitations waiting for an answer"),
  }),
});

registerRoute({
  method: "get",
  path: "/api/v1/me/header",
  tags: ["account"],
  summary: "The member's name, photo and unread counts, as the header shows them",
  responses: { 200: jsonResponse("The header", MemberHeaderSchema), 401: ERRORS[401] },
});
