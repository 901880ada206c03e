"use server";
import { cropFromForm } from "@/lib/media/crop";
import { getTranslations } from "next-intl/server";
import { removeAdmin, setAdmin } from "@/lib/companies/admins";
import { createAnnouncement, deleteAnnouncement, pinAnnouncement } from "@/lib/companies/announcements";
import { setCompanyImage } from "@/lib/companies/company-images";
import { createProduct, deleteProduct } from "@/lib/companies/products";
import { decideRelation } from "@/lib/companies/relations";
import { updateCompany } from "@/lib/companies/save-company";
import { requestDomainVerification } from "@/lib/companies/verification";
import { runFormAction } from "@/lib/api/form-action";
import { actionContext, formValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import type { Viewer } from "@/lib/core/viewer";

// The admin screen's actions. Each checks the viewer's role on the page in lib/companies (not here): a member
// without the right gets an error, whatever the form sent.

/** Runs a change to the page and renders its screens again (under its new address, when the slug changed). */
async function run(
  slug: string,
  formData: FormData | undefined,
  change: (viewer: Viewer | null, ref: { slug: string }, values: Record<string, string>) => Promise<unknown>,
  { clear = false } = {},
) {
  return runFormAction(formData, async ({ viewer, values }) => {
    const result = await change(viewer, { slug }, values);
    const nextSlug = result && typeof result === "object" && "slug" in result ? String(result.slug) : slug;
    const t = await getTranslations("companies.admin");
    return { message: t("saved"), clear, revalidate: { path: `/company/${nextSlug}`, type: "layout" } };
  });
}

/** Other offices, one per line: "city, address" (a Chinese comma works too). */
function parseLocations(text: string) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [city = "", ...address] = line.split(/[,，]/);
      return { city: city.trim(), address: address.join(",").trim() || null };
    });
}

/** Saves one section of the page's fields (the form sends only that section's fields). */
export async function saveCompanyAction(
  slug: string,
  section: string[],
  _state: FormState,
  formData: FormData,
) {
  return run(slug, formData, (viewer, ref, values) => {
    const input: Record<string, unknown> = {};
    for (const name of section)
      input[name] = name === "locations" ? parseLocations(values[name] ?? "") : (values[name] ?? "");
    return updateCompany(viewer, ref, input);
  });
}

export async function uploadCompanyImageAction(
  slug: string,
  image: string,
  _state: FormState,
  formData: FormData,
) {
  return run(slug, formData, (viewer, ref) =>
    setCompanyImage(viewer, ref, image, formData.get("image"), cropFromForm(formData)),
  );
}

export async function createAnnouncementAction(slug: string, _state: FormState, formData: FormData) {
  return run(slug, formData, (viewer, ref, values) => createAnnouncement(viewer, ref, values), {
    clear: true,
  });
}

export async function createProductAction(slug: string, _state: FormState, formData: FormData) {
  return run(
    slug,
    formData,
    (viewer, ref, values) => createProduct(viewer, ref, values, formData.get("image")),
    { clear: true },
  );
}

/** Changes an admin's role, or offers one to a member (saying so: the role is theirs once they accept). */
export async function setAdminAction(slug: string, _state: FormState, formData: FormData) {
  const done: { outcome?: Awaited<ReturnType<typeof setAdmin>> } = {};
  const state = await run(
    slug,
    formData,
    async (viewer, ref, values) => (done.outcome = await setAdmin(viewer, ref, values)),
    { clear: true },
  );
  if (state.status !== "success" || done.outcome !== "invited") return state;
  const [t, tCompanies] = await Promise.all([
    getTranslations("companies.admin"),
    getTranslations("companies"),
  ]);
  const role = formValues(formData).role ?? "";
  return {
    ...state,
    message: t("roleOffered", {
      name: formValues(formData).handle ?? "",
      role: tCompanies(`roles.${role}` as never),
    }),
  };
}

export async function requestVerificationAction(slug: string, _state: FormState, formData: FormData) {
  const { locale } = await actionContext();
  const result = await run(slug, formData, (viewer, ref, values) =>
    requestDomainVerification(viewer, ref, values, locale),
  );
  if (result.status !== "success") return result;
  const t = await getTranslations("companies.admin");
  return { ...result, message: t("verificationSent", { email: result.values?.email ?? "" }) };
}

/** One-button actions (pin, delete, approve…): their state is shown next to the button. */
export async function pinAnnouncementAction(slug: string, announcementId: string, isPinned: boolean) {
  return run(slug, undefined, (viewer, ref) => pinAnnouncement(viewer, ref, { announcementId }, isPinned));
}

export async function deleteAnnouncementAction(slug: string, announcementId: string) {
  return run(slug, undefined, (viewer, ref) => deleteAnnouncement(viewer, ref, { announcementId }));
}

export async function deleteProductAction(slug: string, productId: string) {
  return run(slug, undefined, (viewer, ref) => deleteProduct(viewer, ref, { productId }));
}

export async function decideRelationAction(
  slug: string,
  relationId: string,
  status: "approved" | "declined",
) {
  return run(slug, undefined, (viewer, ref) => decideRelation(viewer, ref, { relationId }, { status }));
}

export async function removeAdminAction(slug: string, handle: string) {
  return run(slug, undefined, (viewer, ref) => removeAdmin(viewer, ref, { handle }));
}
