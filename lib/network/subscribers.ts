import "server-only";
import type { Subscriber } from "@/lib/core/events";
import { requestSuggestionRefresh } from "./suggestions";

/** Profile parts People You May Know ranks by: where someone lives, works and studied. */
const PARTS_IN_SUGGESTIONS: ReadonlySet<string> = new Set(["city", "industry", "position", "education"]);

/** Suggestions ranked again after what they rank by changed. */
export const SUGGESTIONS: Subscriber = {
  name: "suggestions",
  afterCommit: {
    "profile.changed": ({ userId, parts }) =>
      parts.some((part) => PARTS_IN_SUGGESTIONS.has(part)) ? requestSuggestionRefresh([userId]) : undefined,
    // each one's connections are now (or no longer) the other's friends of friends
    "connection.made": ({ inviterId, inviteeId }) => requestSuggestionRefresh([inviterId, inviteeId]),
    "connection.ended": ({ userIds }) => requestSuggestionRefresh(userIds),
  },
};
