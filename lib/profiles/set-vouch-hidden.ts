import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/core/viewer";
import { emit, transaction } from "@/lib/core/events";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ownHandle } from "@/lib/profiles/profile-owner";

export const VouchVisibilitySchema = z.object({
  kind: z.enum(["endorsement", "recommendation"], { error: "invalid" }),
  id: z.string({ error: "invalid" }).regex(/^[a-z0-9]{20,40}$/, "invalid"),
  isHidden: z.boolean({ error: "invalid" }),
});

/**
 * Hides (or shows again) an endorsement or a recommendation someone gave the member. Only its recipient may;
 * to anyone else it is simply not found.
 */
export async function setVouchHidden(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  if (!viewer) throw new AppError("unauthenticated");
  const { kind, id, isHidden } = parseInput(VouchVisibilitySchema, input);
  const handle = await ownHandle(viewer);
  await transaction(async (tx) => {
    const { count } =
      kind === "endorsement"
        ? await tx.endorsement.updateMany({
            where: { id, profileSkill: { profileId: viewer.id } },
            data: { isHidden },
          })
        : await tx.recommendation.updateMany({ where: { id, recipientId: viewer.id }, data: { isHidden } });
    if (count === 0) throw new AppError("not_found");
    await emit(tx, { type: "profile.changed", userId: viewer.id, handles: [handle], parts: ["vouches"] });
  });
}
