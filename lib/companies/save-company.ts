import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

import { companyWithRight } from "./find-company";
import { CompanyCreateSchema, CompanyFieldsSchema } from "./schemas";
import { assertSignedIn } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";

const slugTaken = () => new AppError("conflict", "slug.taken", { fields: { slug: "slug.taken" } });

/** Runs a write that may hit the unique slug: a taken address is a clear error, not a 500. */
async function catchingTakenSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw slugTaken();
    throw error;
  }
}

/** The website's domain no longer being the one confirmed takes the verified mark away. */
function verificationAfter(website: string | null | undefined, verifiedDomain: string | null) {
  if (website === undefined || !verifiedDomain) return {};
  const host = website ? new URL(website).hostname.replace(/^www\./, "") : null;
  return host === verifiedDomain ? {} : { verifiedDomain: null, verifiedAt: null };
}

/** Creates a page; its creator becomes its first super admin. */
export async function createCompany(viewer: Pick<Viewer, "id"> | null, input: unknown) {
  assertSignedIn(viewer);
  const { locations = [], ...fields } = parseInput(CompanyCreateSchema, input);
  const company = await catchingTakenSlug(() =>
    transaction(async (tx) => {
      const created = await tx.company.create({
        data: {
          ...fields,
          admins: { create: { userId: viewer.id, role: "super_admin" } },
          locations: { create: locations.map((location, sortOrder) => ({ ...location, sortOrder })) },
        },
        select: { id: true, slug: true },
      });
      await emit(tx, { type: "company.created", companyId: created.id, slug: created.slug });
      return created;
    }),
  );
  return company;
}

/** Changes any subset of a page's fields (PATCH); page admins and content admins only. */
export async function updateCompany(viewer: Pick<Viewer, "id"> | null, ref: unknown, input: unknown) {
  const { company } = await companyWithRight(viewer, ref, "edit");
  const { locations, ...fields } = parseInput(CompanyFieldsSchema, input);
  const current = await db.company.findUniqueOrThrow({
    where: { id: company.id },
    select: { nameZh: true, nameEn: true },
  });
  const nameZh = fields.nameZh === undefined ? current.nameZh : fields.nameZh;
  const nameEn = fields.nameEn === undefined ? current.nameEn : fields.nameEn;
  if (!nameZh && !nameEn)
    throw new AppError("validation", "validation", { fields: { nameZh: "company.nameRequired" } });
  const data: Prisma.CompanyUncheckedUpdateInput = {
    ...fields,
    ...verificationAfter(fields.website, company.verifiedDomain),
  };
  const updated = await catchingTakenSlug(() =>
    transaction(async (tx) => {
      const row = await tx.company.update({ where: { id: company.id }, data, select: { slug: true } });
      if (locations) {
        await tx.companyLocation.deleteMany({ where: { companyId: company.id } });
        await tx.companyLocation.createMany({
          data: locations.map((location, sortOrder) => ({ ...location, companyId: company.id, sortOrder })),
        });
      }
      const parts = Object.entries({ ...fields, locations })
        .filter(([, value]) => value !== undefined)
        .map(([part]) => part);
      await emit(tx, {
        type: "company.changed",
        companyId: company.id,
        slugs: [company.slug, row.slug],
        parts,
      });
      return row;
    }),
  );
  return updated;
}
