// PUT /api/v1/companies/:slug/images/(logo|banner) — a new picture (multipart, field "image"); DELETE — remove it
import { cropFromForm } from "@/lib/media/crop";
import { memberRoute } from "@/lib/api/route";
import { removeCompanyImage, setCompanyImage } from "@/lib/companies/company-images";
import { getCompany } from "@/lib/companies/get-company";

export const PUT = memberRoute(
  async ({ viewer, params, formData }) => {
    const ref = { slug: params.slug };
    const form = await formData();
    await setCompanyImage(viewer, ref, String(params.image), form.get("image"), cropFromForm(form));
    return getCompany(viewer, ref);
  },
  { body: "multipart" },
);

export const DELETE = memberRoute(async ({ viewer, params }) => {
  await removeCompanyImage(viewer, { slug: params.slug }, String(params.image));
  return null;
});
