import { z } from "zod";
import {
  NOTE_MAX,
  RECOMMENDATION_BODY_MAX,
  RECOMMENDATION_RELATIONSHIP_MAX,
  REPORT_DETAILS_MAX,
} from "./limits";
import { PageQuerySchema, pageLimit } from "@/lib/api/pagination";
import { lineOfText, paragraphsOfText } from "@/lib/forms/fields";
import { REPORT_REASONS } from "./report-reasons";

/** A profile address as it comes in a URL or a body; unknown ones are simply not found. */
const HandleRef = z.string({ error: "invalid" }).trim().toLowerCase().min(1, "invalid").max(60, "invalid");
const Id = z.string({ error: "invalid" }).regex(/^[a-z0-9]{20,40}$/, "invalid");

/** Forms send "" for an empty field: that means "none". */
const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const InvitationSchema = z.object({
  handle: HandleRef,
  note: z.preprocess(emptyToUndefined, paragraphsOfText(NOTE_MAX).optional()),
  // asked for by members who only accept invitations from people who know their address
  email: z.preprocess(
    emptyToUndefined,
    z.string({ error: "invalid" }).trim().toLowerCase().max(320).optional(),
  ),
});
export type InvitationInput = z.input<typeof InvitationSchema>;

export const InvitationRefSchema = z.object({ invitationId: Id });

export const MemberRefSchema = z.object({ handle: HandleRef });

export const ReportSchema = z.object({
  handle: HandleRef,
  reason: z.enum(REPORT_REASONS, { error: "network.reasonRequired" }),
  details: z.preprocess(emptyToUndefined, paragraphsOfText(REPORT_DETAILS_MAX).optional()),
});

export const CONNECTION_SORTS = ["recent", "name"] as const;

export const ConnectionListSchema = PageQuerySchema.extend({
  q: z.preprocess(
    emptyToUndefined,
    z.string({ error: "invalid" }).trim().max(100, "text.tooLong").optional(),
  ),
  sort: z.enum(CONNECTION_SORTS, { error: "invalid" }).default("recent"),
});

export const InvitationListSchema = PageQuerySchema.extend({
  box: z.enum(["received", "sent"], { error: "invalid" }).default("received"),
});

export const SuggestionListSchema = z.object({
  limit: pageLimit(50, 12),
});

export const EndorsementSchema = z.object({ handle: HandleRef, skillId: Id });

export const RecommendationSchema = z.object({
  handle: HandleRef,
  relationship: lineOfText(RECOMMENDATION_RELATIONSHIP_MAX).min(1, "text.required"),
  body: paragraphsOfText(RECOMMENDATION_BODY_MAX).pipe(z.string().min(20, "network.recommendationTooShort")),
});
export type RecommendationInput = z.input<typeof RecommendationSchema>;
