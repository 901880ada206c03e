// PUT /api/v1/companies/:slug/images/(logo|banner) — a new picture (multipart, field "image"); DELETE — remove it
import { memberRoute } from "@/lib/api/route";
import { removeCompanyImage, setCompanyImage } from "@/lib/companies/company-images";
import { getCompany } from "@/lib/companies/get-company";

export const PUT = memberRoute(
  async ({ viewer, params, formData }) => {
    const ref = { slug: params.slug };
    await setCompanyImage(viewer, ref, String(params.image), (await formData()).get("image"));
    return getCompany(viewer, ref);
  },
  { body: "multipart" },
);

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await removeCompanyImage(viewer, { slug: params.slug }, String(params.image));
  return null;
});
