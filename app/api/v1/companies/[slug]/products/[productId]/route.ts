// PATCH /api/v1/companies/:slug/products/:id — change it (JSON, or multipart with a new "image");
// DELETE — remove it (page and content admins)
import { isMultipart, memberRoute } from "@/lib/api/route";
import { deleteProduct, updateProduct } from "@/lib/companies/products";

export const PATCH = memberRoute(
  async ({ viewer, params, request, json, formData }) => {
    const ref = { slug: params.slug };
    const product = { productId: params.productId };
    if (!isMultipart(request)) return updateProduct(viewer, ref, product, await json());
    const form = await formData();
    const { image, ...fields } = Object.fromEntries(form.entries());
    return updateProduct(viewer, ref, product, fields, image);
  },
  { body: "json-or-multipart" },
);

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await deleteProduct(viewer, { slug: params.slug }, { productId: params.productId });
  return null;
});
