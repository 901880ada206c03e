import type { Viewer } from "@/lib/core/viewer";
import { AppError } from "@/lib/errors";
import { relationshipBetween } from "@/lib/network/relationship";
import type { Audience } from "@/lib/core/profile-visibility";

/**
 * Who reads a profile: a signed-in member, null for a visitor who is not signed in, or "member" for any member
 * who is neither the owner nor connected to them (the cached render proxy.ts serves such members).
 */
export type ProfileReader = Pick<Viewer, "id"> | null | "member";

/**
 * How the reader stands to a profile's owner: themselves, a connection, another member or a visitor.
 * Members who blocked each other don't see each other's profile at all: "not found".
 */
export async function audienceFor(reader: ProfileReader, ownerId: string): Promise<Audience> {
  if (reader === "member") return "member";
  if (!reader) return "anonymous";
  if (reader.id === ownerId) return "self";
  const relationship = await relationshipBetween(reader.id, ownerId);
  if (relationship.isBlocked) throw new AppError("not_found", "profile.notFound");
  return relationship.isConnected ? "connection" : "member";
}
