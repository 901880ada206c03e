import "server-only";
import { emit, transaction } from "@/lib/core/events";
import { companyBySlug } from "./find-company";
import { assertSignedIn, type Who } from "@/lib/core/who";

/** Follows a page: its posts come into the member's feed. Following twice is harmless; counts stay exact. */
export async function followCompany(viewer: Who, ref: unknown) {
  assertSignedIn(viewer);
  const company = await companyBySlug(viewer, ref);
  const key = { companyId: company.id, userId: viewer.id };
  await transaction(async (tx) => {
    const { count: created } = await tx.companyFollow.createMany({ data: [key], skipDuplicates: true });
    const { count: renewed } = created
      ? { count: 0 }
      : await tx.companyFollow.updateMany({
          where: { ...key, unfollowedAt: { not: null } },
          data: { unfollowedAt: null, createdAt: new Date() },
        });
    if (!created && !renewed) return;
    await tx.company.update({ where: { id: company.id }, data: { followerCount: { increment: 1 } } });
    await emit(tx, {
      type: "company.followed",
      companyId: company.id,
      slug: company.slug,
      followerId: viewer.id,
    });
  });
}

export async function unfollowCompany(viewer: Who, ref: unknown) {
  assertSignedIn(viewer);
  const company = await companyBySlug(viewer, ref);
  await transaction(async (tx) => {
    const { count } = await tx.companyFollow.updateMany({
      where: { companyId: company.id, userId: viewer.id, unfollowedAt: null },
      data: { unfollowedAt: new Date() },
    });
    if (!count) return;
    await tx.company.update({ where: { id: company.id }, data: { followerCount: { decrement: 1 } } });
    await emit(tx, {
      type: "company.unfollowed",
      companyId: company.id,
      slug: company.slug,
      followerId: viewer.id,
    });
  });
}
