import { Building2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/viewer";
import { COMPANY_SIZES, COMPANY_TYPES } from "@/lib/companies/schemas";
import { INDUSTRIES } from "@/lib/profiles/industries";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProfileForm } from "@/components/profiles/edit/profile-form";
import { Card } from "@/components/ui/card";
import { createCompanyAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("companies.create"))("title") };
}

/** Creating a company page: its address, names and what it does; everything else on its admin screen. */
export default async function NewCompanyPage() {
  await requireViewer("/company/new");
  const [t, tCompanies, tIndustry] = await Promise.all([
    getTranslations("companies.create"),
    getTranslations("companies"),
    getTranslations("industries"),
  ]);
  const none = { value: "", label: t("none") };
  return (
    <ClientMessages namespaces={["profileEdit", "errors"]}>
      <Card className="mx-auto flex w-full max-w-2xl flex-col gap-4">
        <div className="flex items-start gap-3">
          <span className="bg-accent text-primary flex size-12 shrink-0 items-center justify-center rounded-md">
            <Building2 aria-hidden className="size-6" />
          </span>
          <div>
            <h1 className="text-2xl font-semibold">{t("title")}</h1>
            <p className="text-muted text-sm">{t("intro")}</p>
          </div>
        </div>
        <ProfileForm
          idPrefix="new-company"
          action={createCompanyAction}
          submitLabel={t("submit")}
          fields={[
            { name: "nameZh", label: t("nameZh"), maxLength: 100, isHalf: true },
            { name: "nameEn", label: t("nameEn"), maxLength: 100, isHalf: true },
            { name: "slug", label: t("slug"), maxLength: 60, hint: t("slugHint"), required: true },
            { name: "tagline", label: t("tagline"), maxLength: 120 },
            {
              name: "industry",
              label: t("industry"),
              type: "select",
              options: [none, ...INDUSTRIES.map((value) => ({ value, label: tIndustry(value) }))],
              isHalf: true,
            },
            {
              name: "size",
              label: t("size"),
              type: "select",
              options: [
                none,
                ...COMPANY_SIZES.map((value) => ({ value, label: tCompanies(`sizes.${value}`) })),
              ],
              isHalf: true,
            },
            {
              name: "type",
              label: t("type"),
              type: "select",
              options: [
                none,
                ...COMPANY_TYPES.map((value) => ({ value, label: tCompanies(`types.${value}`) })),
              ],
              isHalf: true,
            },
            { name: "website", label: t("website"), type: "url", isHalf: true },
          ]}
        />
      </Card>
    </ClientMessages>
  );
}
