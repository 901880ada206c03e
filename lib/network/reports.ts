import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { memberByHandle } from "./members";
import { assertCanReport } from "./policy";
import { relationshipBetween } from "./relationship";
import { ReportSchema } from "./schemas";
import { assertSignedIn } from "@/lib/core/who";

/**
 * Reports a member to the moderators (the Report table is their queue). Reporting the same member again
 * updates the reason and details instead of adding a second entry.
 */
export async function reportMember(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  assertSignedIn(viewer);
  const { handle, reason, details } = parseInput(ReportSchema, input);
  const other = await memberByHandle(handle);
  assertCanReport(await relationshipBetween(viewer.id, other.userId));
  const subject = { reporterId: viewer.id, subjectType: "member", subjectId: other.userId };
  await db.report.upsert({
    where: { reporterId_subjectType_subjectId: subject },
    create: { ...subject, reason, details },
    update: { reason, details: details ?? null, status: "open" },
  });
}
