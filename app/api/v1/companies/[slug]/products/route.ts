// GET /api/v1/companies/:slug/products — products and services; POST {name, description?, url?} as JSON, or
// multipart with an "image" file beside them (page and content admins)
import { isMultipart, memberRoute, publicRoute } from "@/lib/api/route";
import { createProduct, listProducts } from "@/lib/companies/products";

export const GET = publicRoute(async ({ viewer, params }) => ({
  items: await listProducts(viewer, { slug: params.slug }),
}));

export const POST = memberRoute(
  async ({ viewer, params, request, json, formData }) => {
    const ref = { slug: params.slug };
    if (!isMultipart(request)) return createProduct(viewer, ref, await json());
    const form = await formData();
    const { image, ...fields } = Object.fromEntries(form.entries());
    return createProduct(viewer, ref, fields, image);
  },
  { body: "json-or-multipart" },
);
