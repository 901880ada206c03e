import type { Visibility } from "@/generated/prisma/enums";
import type { Degree } from "@/lib/network/degrees";

/** A Meilisearch filter value, quoted. */
export const quote = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map(quote).join(", ")}]`;

/**
 * Who may find whom (the `findableBy` choice of each member, lib/profiles): visitors find those open to
 * everyone; a member also finds those open to members, those open to their connections when connected, and
 * themselves — never anyone blocked either way. The same rule is checked again in PostgreSQL on the page.
 */
export function findableFilter(viewer: { id: string; blockedIds: string[] } | null): string {
  if (!viewer) return `findableBy = ${quote("public" satisfies Visibility)}`;
  const open: Visibility[] = ["public", "members"];
  const findable = `(findableBy IN ${list(open)} OR (findableBy = "connections" AND connectionIds = ${quote(viewer.id)}) OR id = ${quote(viewer.id)})`;
  return viewer.blockedIds.length ? `${findable} AND id NOT IN ${list(viewer.blockedIds)}` : findable;
}

/** Whether the member may be found by this viewer: the rule above, in code (for the page's own check). */
export function isFindableBy(
  member: { id: string; findableBy: Visibility },
  viewer: { id: string; isConnected: boolean } | null,
): boolean {
  if (!viewer) return member.findableBy === "public";
  if (member.id === viewer.id) return true;
  if (member.findableBy === "connections") return viewer.isConnected;
  return member.findableBy === "public" || member.findableBy === "members";
}

/**
 * The members at these degrees from the viewer, from each document's connections: 1st are connected to the
 * viewer, 2nd to one of the viewer's connections, 3rd+ to neither (the viewer is none of them).
 */
export function degreeFilter(viewerId: string, connectionIds: string[], degrees: Degree[]): string {
  const self = quote(viewerId);
  const clauses = degrees.map((degree) => {
    if (degree === 1) return `connectionIds = ${self}`;
    if (degree === 2)
      return connectionIds.length
        ? `(connectionIds IN ${list(connectionIds)} AND NOT connectionIds = ${self} AND id != ${self})`
        : `id = "-"`; // no connections: nobody is 2nd
    return `(NOT connectionIds IN ${list([viewerId, ...connectionIds])} AND id != ${self})`;
  });
  return clauses.length === 1 ? clauses[0]! : `(${clauses.join(" OR ")})`;
}
