import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteStoredImage, storeImage } from "@/lib/media/store-image";
import { companyWithRight } from "./find-company";
import { transaction } from "@/lib/core/events";
import { emitCompanyChanged } from "./company-changed";

const IMAGES = {
  logo: { column: "logoKey", kind: "logo" },
  banner: { column: "bannerKey", kind: "banner" },
} as const;
export type CompanyImage = keyof typeof IMAGES;

/** "logo" or "banner" from a URL; anything else is not found. */
export function companyImageOf(name: string): CompanyImage {
  if (!Object.hasOwn(IMAGES, name)) throw new AppError("not_found");
  return name as CompanyImage;
}

async function replaceImage(companyId: string, image: CompanyImage, prefix: string | null) {
  const { column, kind } = IMAGES[image];
  const previous = await db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { logoKey: true, bannerKey: true },
  });
  await transaction(async (tx) => {
    const company = await tx.company.update({
      where: { id: companyId },
      data: { [column]: prefix },
      select: { id: true, slug: true },
    });
    await emitCompanyChanged(tx, company, image);
  });
  await deleteStoredImage(kind, previous[column]);
}

/** A new logo or banner (checked and resized by lib/media); page admins and content admins only. */
export async function setCompanyImage(
  viewer: Pick<Viewer, "id"> | null,
  ref: unknown,
  name: string,
  file: unknown,
  crop?: unknown,
) {
  const image = companyImageOf(name);
  const { company } = await companyWithRight(viewer, ref, "edit");
  const folder = `companies/${company.id.toLowerCase()}`;
  const prefix = await storeImage(IMAGES[image].kind, file, folder, crop);
  await replaceImage(company.id, image, prefix);
}

export async function removeCompanyImage(viewer: Pick<Viewer, "id"> | null, ref: unknown, name: string) {
  const image = companyImageOf(name);
  const { company } = await companyWithRight(viewer, ref, "edit");
  await replaceImage(company.id, image, null);
}
