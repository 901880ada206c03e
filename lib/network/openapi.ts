import { z } from "zod";
import { ERRORS, jsonBody, jsonResponse, page, registerRoute, registry } from "@/lib/api/openapi";
import { REPORT_REASONS } from "./report-reasons";
import { CONNECTION_SORTS, InvitationSchema, RecommendationSchema, ReportSchema } from "./schemas";

const tags = ["network"];
const handle = z.string().describe("a profile address, e.g. zhang-congcong");
const id = z.string();
const date = z.iso.datetime();
const write = { 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404], 422: ERRORS[422] };
const done = { 204: { description: "Done" } };

export const PersonSchema = registry.register(
  "Person",
  z.object({
    id: z.string(),
    name: z.string(),
    handle: z.string().nullable(),
    headline: z.string(),
    avatar: z.object({ sm: z.string(), md: z.string(), lg: z.string() }).loose().nullable(),
  }),
);
const MutualSchema = z.object({ count: z.number().int(), people: z.array(PersonSchema) });

registerRoute({
  method: "get",
  path: "/api/v1/invitations",
  tags,
  summary: "Your pending invitations, received or sent, newest first",
  request: {
    query: z.object({
      box: z.enum(["received", "sent"]).optional(),
      cursor: z.string().optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
  },
  responses: {
    200: jsonResponse(
      "A page of invitations",
      page(z.object({ id, note: z.string().nullable(), sentAt: date, person: PersonSchema })),
    ),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/invitations",
  tags,
  summary:
    "Invite a member to connect (a note of up to 300 characters; their email if they ask for it). If they had invited you, you are connected at once. 100 invitations a week.",
  request: jsonBody(InvitationSchema),
  responses: {
    200: jsonResponse(
      "Sent, or connected",
      z.union([
        z.object({ status: z.literal("sent"), invitationId: id }),
        z.object({ status: z.literal("connected") }),
      ]),
    ),
    409: ERRORS[409],
    429: ERRORS[429],
    ...write,
  },
});
for (const [action, summary] of [
  ["accept", "Accept an invitation you received: you are connected"],
  ["ignore", "Ignore an invitation you received (the sender is not told)"],
] as const) {
  registerRoute({
    method: "post",
    path: `/api/v1/invitations/{id}/${action}`,
    tags,
    summary,
    request: { params: z.object({ id }) },
    responses: { ...done, 409: ERRORS[409], ...write },
  });
}
registerRoute({
  method: "delete",
  path: "/api/v1/invitations/{id}",
  tags,
  summary: "Withdraw an invitation you sent",
  request: { params: z.object({ id }) },
  responses: { ...done, 409: ERRORS[409], ...write },
});

registerRoute({
  method: "get",
  path: "/api/v1/connections",
  tags,
  summary: "Your connections, searched by name or headline, newest first or by name",
  request: {
    query: z.object({
      q: z.string().optional(),
      sort: z.enum(CONNECTION_SORTS).optional(),
      cursor: z.string().optional(),
      limit: z.number().int().min(1).max(100).optional(),
    }),
  },
  responses: {
    200: jsonResponse("A page of connections", page(PersonSchema.extend({ connectedAt: date }))),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "delete",
  path: "/api/v1/connections/{handle}",
  tags,
  summary: "Remove a connection (for both of you)",
  request: { params: z.object({ handle }) },
  responses: { ...done, ...write },
});

for (const [path, what] of [
  ["follows", "Follow a member's posts without connecting"],
  ["blocks", "Block a member: neither of you sees the other; your connection, invitations and follows end"],
] as const) {
  registerRoute({
    method: "put",
    path: `/api/v1/${path}/{handle}`,
    tags,
    summary: what,
    request: { params: z.object({ handle }) },
    responses: { ...done, ...write },
  });
  registerRoute({
    method: "delete",
    path: `/api/v1/${path}/{handle}`,
    tags,
    summary: path === "follows" ? "Stop following a member" : "Lift your block",
    request: { params: z.object({ handle }) },
    responses: { ...done, ...write },
  });
}
registerRoute({
  method: "get",
  path: "/api/v1/blocks",
  tags,
  summary: "The members you blocked",
  responses: {
    200: jsonResponse(
      "Blocked members",
      z.object({
        items: z.array(z.object({ name: z.string(), handle: z.string().nullable(), blockedAt: date })),
      }),
    ),
    401: ERRORS[401],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/reports",
  tags,
  summary: `Report a member to the moderators (reason: ${REPORT_REASONS.join(", ")})`,
  request: jsonBody(ReportSchema),
  responses: { ...done, ...write },
});

registerRoute({
  method: "get",
  path: "/api/v1/people/{handle}/mutual",
  tags,
  summary: "The connections you and this member have in common (up to 100, by name)",
  request: { params: z.object({ handle }) },
  responses: { 200: jsonResponse("Connections in common", MutualSchema), 401: ERRORS[401], 404: ERRORS[404] },
});
registerRoute({
  method: "get",
  path: "/api/v1/people/{handle}/relationship",
  tags,
  summary:
    "How you stand to this member: degree (1, 2, 3 for 3rd+), connections in common, invitation, following",
  request: { params: z.object({ handle }) },
  responses: {
    200: jsonResponse(
      "Your relationship",
      z.object({
        isSelf: z.boolean(),
        isConnected: z.boolean(),
        isBlocked: z.boolean(),
        isBlocking: z.boolean(),
        isFollowing: z.boolean(),
        invitation: z.object({ id, isSent: z.boolean() }).nullable(),
        degree: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
        mutual: MutualSchema,
        isEmailNeededToInvite: z.boolean().optional(),
        endorsedSkillIds: z.array(id).optional().describe("the skills of theirs you endorsed (connections)"),
        recommendation: z
          .object({ relationship: z.string(), body: z.string() })
          .nullable()
          .optional()
          .describe("the recommendation you wrote for them (connections)"),
      }),
    ),
    401: ERRORS[401],
    404: ERRORS[404],
  },
});

const ReasonSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mutual"), count: z.number().int() }),
  z.object({ kind: z.literal("company"), name: z.string(), isCurrent: z.boolean() }),
  z.object({ kind: z.literal("school"), name: z.string() }),
  z.object({ kind: z.literal("industryAndCity"), city: z.string() }),
  z.object({ kind: z.literal("city"), city: z.string() }),
]);
registerRoute({
  method: "get",
  path: "/api/v1/network/suggestions",
  tags,
  summary:
    "People You May Know: ranked by connections in common, shared workplaces and schools, city and industry; the strongest reason first",
  request: { query: z.object({ limit: z.number().int().min(1).max(50).optional() }) },
  responses: {
    200: jsonResponse(
      "Suggested members",
      z.object({
        items: z.array(
          z.object({
            person: PersonSchema,
            degree: z.union([z.literal(2), z.literal(3)]),
            mutualCount: z.number().int(),
            mutualFaces: z.array(PersonSchema),
            reasons: z.array(ReasonSchema),
          }),
        ),
      }),
    ),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "delete",
  path: "/api/v1/network/suggestions/{handle}",
  tags,
  summary: "Not interested: stop suggesting this member",
  request: { params: z.object({ handle }) },
  responses: { ...done, ...write },
});

const skillId = z.string().describe("the id of the skill on their profile (GET /api/v1/profiles/{handle})");
for (const [method, summary] of [
  ["put", "Endorse a skill of one of your connections (again: no change); they are notified"],
  ["delete", "Take your endorsement of that skill back"],
] as const) {
  registerRoute({
    method,
    path: "/api/v1/people/{handle}/skills/{skillId}/endorsement",
    tags,
    summary,
    request: { params: z.object({ handle, skillId }) },
    responses: { ...done, ...write },
  });
}
registerRoute({
  method: "put",
  path: "/api/v1/people/{handle}/recommendation",
  tags,
  summary:
    "Write (or rewrite) your recommendation of one of your connections; they are notified when it is new",
  request: { params: z.object({ handle }), ...jsonBody(RecommendationSchema.omit({ handle: true })) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/people/{handle}/recommendation",
  tags,
  summary: "Delete the recommendation you wrote for this member",
  request: { params: z.object({ handle }) },
  responses: { ...done, ...write },
});
