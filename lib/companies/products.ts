import "server-only";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteStoredImage, storeImage } from "@/lib/media/store-image";
import { imageUrls } from "@/lib/media/variants";
import { parseInput } from "@/lib/validation";
import { companyBySlug, companyWithRight } from "./find-company";
import { MAX_PRODUCTS, ProductRefSchema, ProductSchema } from "./schemas";
import type { Who } from "@/lib/core/who";
import { transaction } from "@/lib/core/events";
import { emitCompanyChanged } from "./company-changed";

const SELECT = { id: true, name: true, description: true, url: true, imageKey: true } as const;

export type Product = {
  id: string;
  name: string;
  description: string;
  url: string | null;
  image: { md: string; lg: string } | null;
};

export const toProduct = (row: {
  id: string;
  name: string;
  description: string;
  url: string | null;
  imageKey: string | null;
}): Product => ({
  id: row.id,
  name: row.name,
  description: row.description,
  url: row.url,
  image: imageUrls("product", row.imageKey),
});

/** A page's products and services, in the order its admins gave them. Public. */
export async function listProducts(viewer: Who, ref: unknown): Promise<Product[]> {
  const company = await companyBySlug(viewer, ref);
  const rows = await db.companyProduct.findMany({
    where: { companyId: company.id },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: SELECT,
  });
  return rows.map(toProduct);
}

/**
 * Adds a product or service, with an optional picture (a form's File). The picture is checked before anything
 * is stored: a bad one leaves no product behind.
 */
export async function createProduct(viewer: Who, ref: unknown, input: unknown, image?: unknown) {
  const { company } = await companyWithRight(viewer, ref, "edit");
  const fields = parseInput(ProductSchema, input);
  if ((await db.companyProduct.count({ where: { companyId: company.id } })) >= MAX_PRODUCTS)
    throw new AppError("conflict", "company.tooManyProducts", { values: { max: MAX_PRODUCTS } });
  const imageKey = hasFile(image) ? await storeImage("product", image, productFolder(company.id)) : null;
  const row = await transaction(async (tx) => {
    const last = await tx.companyProduct.aggregate({
      where: { companyId: company.id },
      _max: { sortOrder: true },
    });
    const created = await tx.companyProduct.create({
      data: { ...fields, imageKey, companyId: company.id, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      select: SELECT,
    });
    await emitCompanyChanged(tx, company, "products");
    return created;
  });
  return toProduct(row);
}

async function productOf(companyId: string, input: unknown) {
  const { productId } = parseInput(ProductRefSchema, input);
  const row = await db.companyProduct.findFirst({
    where: { id: productId, companyId },
    select: { id: true, imageKey: true },
  });
  if (!row) throw new AppError("not_found", "company.productNotFound");
  return row;
}

/** Changes a product's text, and its picture when a new one is sent. */
export async function updateProduct(
  viewer: Who,
  ref: unknown,
  productRef: unknown,
  input: unknown,
  image?: unknown,
) {
  const { company } = await companyWithRight(viewer, ref, "edit");
  const product = await productOf(company.id, productRef);
  const fields = parseInput(ProductSchema.partial(), input);
  const imageKey = hasFile(image) ? await storeImage("product", image, productFolder(company.id)) : undefined;
  const row = await transaction(async (tx) => {
    const updated = await tx.companyProduct.update({
      where: { id: product.id },
      data: { ...fields, imageKey },
      select: SELECT,
    });
    await emitCompanyChanged(tx, company, "products");
    return updated;
  });
  if (imageKey) await deleteStoredImage("product", product.imageKey);
  return toProduct(row);
}

export async function deleteProduct(viewer: Who, ref: unknown, productRef: unknown) {
  const { company } = await companyWithRight(viewer, ref, "edit");
  const product = await productOf(company.id, productRef);
  await transaction(async (tx) => {
    await tx.companyProduct.delete({ where: { id: product.id } });
    await emitCompanyChanged(tx, company, "products");
  });
  await deleteStoredImage("product", product.imageKey);
}

const hasFile = (file: unknown) => file instanceof Blob && file.size > 0;
const productFolder = (companyId: string) => `products/${companyId.toLowerCase()}`;
