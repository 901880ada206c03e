import "server-only";
import { db } from "@/lib/db";
import { mentionsIn } from "./post-text";

/** A member a text mentions, as the text shows them: by name, linking to their handle. */
export type Mention = { handle: string; name: string };

/**
 * The members that texts (comments, an article) mention by handle, in one query: the handles that are no
 * member stay plain text.
 */
export async function mentionedMembers(texts: readonly string[]): Promise<Mention[]> {
  const handles = [...new Set(texts.flatMap(mentionsIn))];
  if (!handles.length) return [];
  const profiles = await db.profile.findMany({
    where: { handle: { in: handles } },
    select: { handle: true, user: { select: { name: true } } },
  });
  return profiles.map((profile) => ({ handle: profile.handle, name: profile.user.name }));
}
