import { AppError } from "@/lib/errors";
import type { Viewer } from "./viewer";

/** Who asks: a signed-in member (most rules need only the id) or null for an anonymous visitor. */
export type Who = Pick<Viewer, "id"> | null;

export function assertSignedIn(viewer: Who): asserts viewer is Pick<Viewer, "id"> {
  if (!viewer) throw new AppError("unauthenticated");
}
