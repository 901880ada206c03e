import type { Prisma } from "@/generated/prisma/client";
import { imageUrls } from "@/lib/media/variants";
import { isVisibleTo, readVisibility } from "@/lib/core/profile-visibility";

/** A member as lists show them: name, address, headline and photo (as members see it). */
export const PERSON_SELECT = {
  id: true,
  name: true,
  profile: { select: { handle: true, headline: true, avatarKey: true, visibility: true } },
} satisfies Prisma.UserSelect;

export function toPerson(user: Prisma.UserGetPayload<{ select: typeof PERSON_SELECT }>) {
  const profile = user.profile;
  return {
    id: user.id,
    name: user.name,
    handle: profile?.handle ?? null,
    headline: profile?.headline ?? "",
    avatar:
      profile && isVisibleTo(readVisibility(profile.visibility).photo, "member")
        ? imageUrls("avatar", profile.avatarKey)
        : null,
  };
}

export type Person = ReturnType<typeof toPerson>;
