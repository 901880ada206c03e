import type { Viewer } from "@/lib/auth/viewer";
import type { Audience } from "./visibility";

/**
 * How the viewer stands to a profile's owner. Connections (the network issue) will add "connection";
 * until then every other member sees what members see.
 */
export function audienceFor(viewer: Pick<Viewer, "id"> | null, ownerId: string): Audience {
  if (!viewer) return "anonymous";
  return viewer.id === ownerId ? "self" : "member";
}
