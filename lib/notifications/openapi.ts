import { z } from "zod";
import { NotificationKind } from "@/generated/prisma/enums";
import { ERRORS, jsonResponse, registerRoute } from "@/lib/api/openapi";

const tags = ["notifications"];

registerRoute({
  method: "get",
  path: "/api/v1/notifications",
  tags,
  summary:
    "Your notifications, newest first (invitations, acceptances, endorsements, recommendations; reactions, comments, reposts and mentions on your posts; your applications' moves and, on a hiring team, new applicants)",
  request: {
    query: z.object({ cursor: z.string().optional(), limit: z.number().int().min(1).max(100).optional() }),
  },
  responses: {
    200: jsonResponse(
      "A page of notifications",
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            kind: z.enum(Object.values(NotificationKind) as [string, ...string[]]),
            actor: z
              .object({ id: z.string(), name: z.string(), handle: z.string().nullable() })
              .loose()
              .nullable(),
            otherCount: z
              .number()
              .int()
              .describe(
                "how many other members did the same: reactions, comments and reposts on one post are one item",
              ),
            postId: z
              .string()
              .nullable()
              .describe("the post it is about (reactions, comments, reposts, mentions)"),
            skill: z.string().nullable().describe("the endorsed skill, for endorsements"),
            company: z
              .object({
                slug: z.string(),
                nameZh: z.string().nullable(),
                nameEn: z.string().nullable(),
                tie: z.string(),
              })
              .nullable()
              .describe("the company page and the tie, for ties asked for or approved"),
            application: z
              .object({
                applicationId: z.string(),
                jobId: z.string(),
                jobTitle: z.string(),
                company: z.object({
                  nameZh: z.string().nullable(),
                  nameEn: z.string().nullable(),
                  logo: z.string().nullable(),
                }),
                stage: z.string(),
                stageName: z
                  .string()
                  .nullable()
                  .describe("the company's own name for the stage, if it renamed it"),
              })
              .nullable()
              .describe("your application that moved, or (to the hiring team) the one just received"),
            isRead: z.boolean(),
            createdAt: z.iso.datetime(),
          }),
        ),
        nextCursor: z.string().nullable(),
      }),
    ),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/notifications/read",
  tags,
  summary: "Mark all your notifications as read",
  responses: { 204: { description: "Done" }, 401: ERRORS[401] },
});
