import { z } from "zod";
import { ERRORS, jsonBody, jsonResponse, registerRoute, registry, OPTIONAL_SESSION } from "@/lib/api/openapi";
import { PageQuerySchema } from "@/lib/api/pagination";
import {
  ChangeEmailSchema,
  ChangePasswordSchema,
  ConfirmEmailChangeSchema,
  RequestPasswordResetSchema,
  ResetPasswordSchema,
  SignInSchema,
  SignUpSchema,
  VerifyEmailSchema,
} from "./schemas";

const AccountSchema = registry.register(
  "Account",
  z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    pendingEmail: z
      .string()
      .nullable()
      .describe("an address asked for, until it is confirmed from its inbox"),
    locale: z.string().nullable(),
    timeZone: z.string().nullable().describe("IANA zone; null: the browser's"),
    isEmailVerified: z.boolean(),
    createdAt: z.iso.datetime(),
  }),
);

const SessionSchema = registry.register(
  "Session",
  z.object({
    id: z.string(),
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    isCurrent: z.boolean(),
  }),
);

const open = { security: [] };

registerRoute({
  method: "post",
  path: "/api/v1/auth/sign-up",
  tags: ["auth"],
  summary: "Create an account (then sign in with POST /api/v1/auth/sign-in)",
  description:
    "The same answer whether or not the address already has an account: a new account gets a confirmation email, an existing one's owner an email saying someone tried.",
  ...open,
  request: jsonBody(SignUpSchema),
  responses: {
    202: jsonResponse(
      "Accepted; an email is on its way",
      z.object({ email: z.string(), status: z.literal("confirmation_sent") }),
    ),
    422: ERRORS[422],
    429: ERRORS[429],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/auth/sign-in",
  tags: ["auth"],
  summary: "Sign in with email and password",
  ...open,
  request: jsonBody(SignInSchema),
  responses: {
    200: jsonResponse("Signed in; the session cookie is set", AccountSchema),
    401: ERRORS[401],
    422: ERRORS[422],
    429: ERRORS[429],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/auth/sign-out",
  security: OPTIONAL_SESSION,
  tags: ["auth"],
  summary: "End this session",
  responses: { 204: { description: "Signed out" } },
});
registerRoute({
  method: "post",
  path: "/api/v1/auth/password-reset",
  tags: ["auth"],
  summary: "Email a password reset link",
  ...open,
  request: jsonBody(RequestPasswordResetSchema),
  responses: {
    202: { description: "Sent if the address has an account" },
    422: ERRORS[422],
    429: ERRORS[429],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/auth/password-reset/confirm",
  tags: ["auth"],
  summary: "Set a new password with the emailed token",
  ...open,
  request: jsonBody(ResetPasswordSchema),
  responses: { 204: { description: "Password changed; every session ended" }, 422: ERRORS[422] },
});
registerRoute({
  method: "post",
  path: "/api/v1/auth/verify-email",
  tags: ["auth"],
  summary: "Confirm an email address with the emailed token",
  ...open,
  request: jsonBody(VerifyEmailSchema),
  responses: { 204: { description: "Email confirmed" }, 422: ERRORS[422] },
});
registerRoute({
  method: "get",
  path: "/api/v1/me",
  tags: ["account"],
  summary: "The signed-in member's account",
  responses: { 200: jsonResponse("The account", AccountSchema), 401: ERRORS[401] },
});
registerRoute({
  method: "get",
  path: "/api/v1/me/sessions",
  tags: ["account"],
  summary: "Signed-in devices, newest first",
  request: { query: PageQuerySchema },
  responses: {
    200: jsonResponse(
      "A page of sessions",
      z.object({ items: z.array(SessionSchema), nextCursor: z.string().nullable() }),
    ),
    401: ERRORS[401],
    422: ERRORS[422],
  },
});
registerRoute({
  method: "delete",
  path: "/api/v1/me/sessions",
  tags: ["account"],
  summary: "Sign out of all devices",
  responses: {
    200: jsonResponse("How many sessions ended", z.object({ endedSessions: z.number().int() })),
    401: ERRORS[401],
  },
});

registerRoute({
  method: "put",
  path: "/api/v1/me/password",
  tags: ["account"],
  summary: "Change your password (with the current one); your other devices are signed out",
  request: jsonBody(ChangePasswordSchema),
  responses: { 204: { description: "Changed" }, 401: ERRORS[401], 422: ERRORS[422], 429: ERRORS[429] },
});
registerRoute({
  method: "post",
  path: "/api/v1/me/email",
  tags: ["account"],
  summary: "Ask to sign in with another address (with your password): it changes once that address confirms",
  request: jsonBody(ChangeEmailSchema),
  responses: {
    202: jsonResponse("A link went to the new address", z.object({ pendingEmail: z.string() })),
    401: ERRORS[401],
    409: ERRORS[409],
    422: ERRORS[422],
    429: ERRORS[429],
  },
});
registerRoute({
  method: "delete",
  path: "/api/v1/me/email",
  tags: ["account"],
  summary: "Cancel an address change not confirmed yet",
  responses: { 204: { description: "Cancelled" }, 401: ERRORS[401] },
});
registerRoute({
  method: "post",
  path: "/api/v1/auth/confirm-email-change",
  tags: ["auth"],
  summary: "Confirm a new address with the token mailed to it",
  ...open,
  request: jsonBody(ConfirmEmailChangeSchema),
  responses: {
    204: { description: "The account signs in with the new address" },
    409: ERRORS[409],
    422: ERRORS[422],
  },
});
