import { quote } from "@/lib/core/rules";
import type { Degree } from "@/lib/network/degrees";

const list = (values: readonly string[]) => `[${values.map(quote).join(", ")}]`;

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
