import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteStoredImage, storeImage } from "@/lib/media/store-image";
import { recordSearchChange } from "@/lib/search/outbox";
import { expireCachedCompany } from "@/lib/core/cached-company";
import { companyWithRight } from "./find-company";

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
  const { slug } = await db.$transaction(async (tx) => {
    const row = await tx.company.update({
      where: { id: companyId },
      data: { [column]: prefix },
      select: { slug: true },
    });
    // its jobs' documents carry the logo too: the jobs index follows company events (lib/jobs/job-document.ts)
    if (image === "logo") await recordSearchChange(tx, "company", companyId);
    return row;
  });
  expireCachedCompany(slug);
  await deleteStoredImage(kind, previous[column]);
}

/** A new logo or banner (checked and resized by lib/media); page admins and content admins only. */
export async function setCompanyImage(
  viewer: Pick<Viewer, "id"> | null,
  ref: unknown,
  name: string,
  file: unknown,
) {
  const image = companyImageOf(name);
  const { company } = await companyWithRight(viewer, ref, "edit");
  const prefix = await storeImage(IMAGES[image].kind, file, `companies/${company.id.toLowerCase()}`);
  await replaceImage(company.id, image, prefix);
}

export async function removeCompanyImage(viewer: Pick<Viewer, "id"> | null, ref: unknown, name: string) {
  const image = companyImageOf(name);
  const { company } = await companyWithRight(viewer, ref, "edit");
  await replaceImage(company.id, image, null);
}
