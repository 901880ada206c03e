import type { Person } from "@/lib/core/person";

/** Why someone is suggested, strongest first. */
export type SuggestionReason =
  | { kind: "mutual"; count: number }
  | { kind: "company"; name: string; isCurrent: boolean }
  | { kind: "school"; name: string }
  | { kind: "industryAndCity"; city: string }
  | { kind: "city"; city: string };

/** A person you may know, as GET /api/v1/network/suggestions returns it. */
export type Suggestion = {
  person: Person;
  degree: 2 | 3;
  mutualCount: number;
  mutualFaces: Person[];
  reasons: SuggestionReason[];
};
