/** What /in/<handle>/connect says after a change (?done=…), as keys of the network messages. */
export const RELATIONSHIP_NOTICES = ["sent", "connected", "removed", "blocked"] as const;
export type RelationshipNotice = (typeof RELATIONSHIP_NOTICES)[number];
