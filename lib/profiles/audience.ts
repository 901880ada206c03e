import type { Viewer } from "@/lib/auth/viewer";
import type { Audience } from "./visibility";

/**
 * Who reads a profile: a signed-in member, null for a visitor who is not signed in, or "member" for any member
 * who is neither the owner nor connected to them (the cached render proxy.ts serves such members).
 */
export type ProfileReader = Pick<Viewer, "id"> | null | "member";

/**
 * How the reader stands to a profile's owner. Connections (the network issue) will add "connection";
 * until then every other member sees what members see.
 */
export function audienceFor(reader: ProfileReader, ownerId: string): Audience {
  if (reader === "member") return "member";
  if (!reader) return "anonymous";
  return reader.id === ownerId ? "self" : "member";
}
