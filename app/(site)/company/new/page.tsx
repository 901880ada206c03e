import { Building2 } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/core/viewer";
import { companyFieldSpecs } from "@/components/companies/company-field-specs";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProfileForm } from "@/components/profiles/edit/profile-form";
import { Card } from "@/components/ui/card";
import { createCompanyAction } from "./actions";

const NEW_PAGE_FIELDS = [
  "nameZh",
  "nameEn",
  "slug",
  "tagline",
  "industry",
  "size",
  "type",
  "website",
] as const;

export async function generateMetadata() {
  return { title: (await getTranslations("companies.create"))("title") };
}

/** Creating a company page: its address, names and what it does; everything else on its admin screen. */
export default async function NewCompanyPage() {
  await requireViewer("/company/new");
  const [t, tAdmin, tCompanies, tIndustry, locale] = await Promise.all([
    getTranslations("companies.create"),
    getTranslations("companies.admin"),
    getTranslations("companies"),
    getTranslations("industries"),
    getLocale(),
  ]);
  const fields = companyFieldSpecs({ t: tAdmin, tCompanies, tIndustry, locale });
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
          fields={NEW_PAGE_FIELDS.map((name) => ({
            ...fields[name],
            isHalf: name !== "slug" && name !== "tagline",
          }))}
        />
      </Card>
    </ClientMessages>
  );
}
