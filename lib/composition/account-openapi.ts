import { z } from "zod";
import { ERRORS, jsonBody, jsonResponse, registerRoute } from "@/lib/api/openapi";
import { MemberSettingsChangeSchema } from "./member-settings";

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
const SettingsSchema = z.object({
  timeZone: z.string().nullable(),
  notifications: z.record(z.string(), z.object({ inApp: z.boolean(), email: z.boolean() })),
});
registerRoute({
  method: "get",
  path: "/api/v1/me/settings",
  tags: ["account"],
  summary: "Your time zone and which notifications you get, by category and channel",
  responses: { 200: jsonResponse("Settings", SettingsSchema), 401: ERRORS[401] },
});
registerRoute({
  method: "patch",
  path: "/api/v1/me/settings",
  tags: ["account"],
  summary: "Change your time zone (null: the browser's) or some notification switches",
  request: jsonBody(MemberSettingsChangeSchema),
  responses: { 200: jsonResponse("Settings", SettingsSchema), 401: ERRORS[401], 422: ERRORS[422] },
});
