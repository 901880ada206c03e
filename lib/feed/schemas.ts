import { z } from "zod";
import { PageQuerySchema, pageLimit } from "@/lib/api/pagination";
import { BooleanFieldSchema, Id, paragraphsOfText } from "@/lib/forms/fields";
import {
  ARTICLE_BODY_MAX,
  ARTICLE_TITLE_MAX,
  COMMENT_TEXT_MAX,
  CONTENT_REPORT_REASONS,
  FEED_MODES,
  POST_AUDIENCES,
  POST_TEXT_MAX,
  REACTION_TYPES,
  REPORT_DETAILS_MAX,
} from "./limits";

const CONTROL_EXCEPT_NEWLINES = /(?![\n\t])\p{Cc}/u;

/**
 * What members write in posts and comments: any text at all — markup and script included — is kept as typed
 * and always shown as text. Only control characters (other than line breaks and tabs) are refused.
 */
function writtenText(max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value),
    z
      .string({ error: "invalid" })
      .trim()
      .max(max, "text.tooLong")
      .refine((v) => !CONTROL_EXCEPT_NEWLINES.test(v), "text.invalidCharacters"),
  );
}

/** Post or write as this company page (its admins and content admins). */
const asCompany = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.string().trim().toLowerCase().max(60).optional(),
);

export const PostSchema = z.object({
  text: writtenText(POST_TEXT_MAX),
  audience: z.enum(POST_AUDIENCES, { error: "invalid" }).default("anyone"),
  isCommentingOff: BooleanFieldSchema.default(false),
  /** as a company page, a post is always for anyone */
  asCompany,
});
export type PostInput = z.input<typeof PostSchema>;

export const PostEditSchema = z.object({
  postId: Id,
  text: writtenText(POST_TEXT_MAX).optional(),
  audience: z.enum(POST_AUDIENCES, { error: "invalid" }).optional(),
  isCommentingOff: z.boolean({ error: "invalid" }).optional(),
});

export const PostRefSchema = z.object({ postId: Id });

export const RepostSchema = z.object({
  postId: Id,
  text: writtenText(POST_TEXT_MAX).default(""),
});

export const ReactionSchema = z.object({
  postId: Id,
  type: z.enum(REACTION_TYPES, { error: "feed.reactionInvalid" }),
});

export const CommentSchema = z.object({
  postId: Id,
  parentId: Id.optional(),
  text: writtenText(COMMENT_TEXT_MAX).pipe(z.string().min(1, "text.required")),
});

export const CommentRefSchema = z.object({ commentId: Id });

export const CommentEditSchema = z.object({
  commentId: Id,
  text: writtenText(COMMENT_TEXT_MAX).pipe(z.string().min(1, "text.required")),
});

export const CommentReactionSchema = z.object({
  commentId: Id,
  type: z.enum(REACTION_TYPES, { error: "feed.reactionInvalid" }),
});

export const CommentListSchema = PageQuerySchema.extend({
  postId: Id,
  parentId: Id.optional(),
});

export const FeedQuerySchema = PageQuerySchema.extend({
  mode: z.enum(FEED_MODES, { error: "invalid" }).default("top"),
  limit: pageLimit(50, 10),
});

export const HashtagRefSchema = z.object({
  tag: z
    .string({ error: "invalid" })
    .trim()
    .toLowerCase()
    .regex(/^[\p{L}\p{N}_]{1,60}$/u, "invalid"),
});
export const HashtagFeedSchema = PageQuerySchema.extend(HashtagRefSchema.shape);

export const ArticleDraftSchema = z.object({
  title: writtenText(ARTICLE_TITLE_MAX).pipe(z.string().min(1, "text.required")),
  body: writtenText(ARTICLE_BODY_MAX),
  categoryId: z
    .preprocess((v) => (v === "" ? null : v), z.string({ error: "invalid" }).max(60, "invalid").nullable())
    .default(null),
  asCompany,
});

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const reportFields = {
  reason: z.enum(CONTENT_REPORT_REASONS, { error: "network.reasonRequired" }),
  details: z.preprocess(emptyToUndefined, paragraphsOfText(REPORT_DETAILS_MAX).optional()),
};
export const PostReportSchema = z.object({ postId: Id, ...reportFields });
export const CommentReportSchema = z.object({ commentId: Id, ...reportFields });

export const TRENDING = { hours: 24, count: 10 } as const;

export const ArticleRefSchema = z.object({ articleId: Id });
export const ArticleEditSchema = ArticleDraftSchema.omit({ asCompany: true })
  .partial()
  .extend({ articleId: Id });
export const ArticleSlugSchema = z.object({ slug: z.string({ error: "invalid" }).max(120, "invalid") });
