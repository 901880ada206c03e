import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { imageUrls } from "@/lib/media/variants";
import { parseInput } from "@/lib/validation";
import { toProduct, type Product } from "./products";
import { CompanyRefSchema } from "./schemas";
import { type RelationKindName } from "./limits";

/** A page as everyone sees it: identity, the contact block, the pinned announcement, products, people counts. */
const readCompany = cache(async (slug: string) => {
  const company = await db.company.findUnique({
    where: { slug },
    include: {
      locations: { orderBy: { sortOrder: "asc" } },
      announcements: {
        where: { pinnedAt: { not: null } },
        orderBy: { pinnedAt: "desc" },
        take: 1,
        select: { id: true, title: true, body: true, linkUrl: true, createdAt: true },
      },
      products: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        select: { id: true, name: true, description: true, url: true, imageKey: true },
      },
    },
  });
  if (!company) return null;
  const [tieCounts, postCount] = await Promise.all([
    db.companyRelation.groupBy({
      by: ["kind"],
      where: { companyId: company.id, status: "approved" },
      _count: { _all: true },
    }),
    db.post.count({ where: { companyId: company.id, deletedAt: null } }),
  ]);
  const { locations, announcements, products, logoKey, bannerKey, verifiedAt, ...fields } = company;
  const pinned = announcements[0];
  return {
    ...fields,
    locations: locations.map(({ city, region, country, address }) => ({ city, region, country, address })),
    logo: imageUrls("logo", logoKey),
    banner: imageUrls("banner", bannerKey),
    isVerified: verifiedAt !== null,
    verifiedAt: verifiedAt?.toISOString() ?? null,
    createdAt: company.createdAt.toISOString(),
    updatedAt: company.updatedAt.toISOString(),
    announcement: pinned ? { ...pinned, createdAt: pinned.createdAt.toISOString() } : null,
    products: products.map(toProduct) as Product[],
    tieCounts: Object.fromEntries(tieCounts.map((row) => [row.kind, row._count._all])) as Partial<
      Record<RelationKindName, number>
    >,
    postCount,
  };
});
export type CompanyPage = NonNullable<Awaited<ReturnType<typeof readCompany>>>;

/** The page at /company/<slug>, the same for every viewer (its home is one cached render); "not found" otherwise. */
export async function getCompany(_viewer: Pick<Viewer, "id"> | null, input: unknown): Promise<CompanyPage> {
  const { slug } = parseInput(CompanyRefSchema, input);
  const company = await readCompany(slug);
  if (!company) throw new AppError("not_found", "company.notFound");
  return company;
}
