// What posts, comments and articles may hold, in lengths and choices: the zod schemas and the forms in the
// browser read them here (a form must not load zod to know a field's maxlength).

export const POST_TEXT_MAX = 3000;
export const COMMENT_TEXT_MAX = 1250;
export const MAX_POST_IMAGES = 9;
export const ARTICLE_TITLE_MAX = 150;
export const ARTICLE_BODY_MAX = 100_000;

export const POST_AUDIENCES = ["anyone", "connections"] as const;
export const REACTION_TYPES = ["like", "celebrate", "support", "insightful", "curious"] as const;
export type ReactionTypeName = (typeof REACTION_TYPES)[number];
export const FEED_MODES = ["top", "recent"] as const;
export const REPORT_DETAILS_MAX = 1000;

/** Why a post or a comment can be reported (a member's report adds "fake profile"). */
export const CONTENT_REPORT_REASONS = [
  "spam",
  "harassment",
  "hate_speech",
  "scam",
  "inappropriate",
  "other",
] as const;
