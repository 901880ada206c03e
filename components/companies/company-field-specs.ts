import type { CompanyPage } from "@/lib/companies/get-company";
import { COMPANY_SIZES, COMPANY_TYPES } from "@/lib/companies/schemas";
import { countryOptions } from "@/lib/i18n/country-options";
import { DEFAULT_TIME_ZONE, timeZoneOptions } from "@/lib/i18n/time-zones";
import { INDUSTRIES } from "@/lib/profiles/industries";
import type { FieldSpec } from "@/components/profiles/edit/profile-form";

type Translate = (key: string) => string;

export const IDENTITY_FIELDS = [
  "nameZh",
  "nameEn",
  "slug",
  "tagline",
  "about",
  "industry",
  "size",
  "type",
  "foundedYear",
  "specialties",
] as const;
export const CONTACT_FIELDS = [
  "address",
  "phone",
  "fax",
  "email",
  "website",
  "contactName",
  "contactTitle",
  "city",
  "region",
  "country",
  "locations",
  "timeZone",
] as const;
type FieldName = (typeof IDENTITY_FIELDS)[number] | (typeof CONTACT_FIELDS)[number];

/**
 * Every form field of a company page, labelled ("companies.admin" messages) and filled from the page (empty for
 * a new one): the admin screen and the create page pick theirs.
 */
export function companyFieldSpecs(
  {
    t,
    tCompanies,
    tIndustry,
    locale,
  }: { t: Translate; tCompanies: Translate; tIndustry: Translate; locale: string },
  company?: CompanyPage,
): Record<FieldName, FieldSpec> {
  const none = { value: "", label: t("none") };
  const line = (name: FieldName, maxLength: number, isHalf = false): FieldSpec => ({
    name,
    label: t(name),
    defaultValue: String(company?.[name as keyof CompanyPage] ?? ""),
    maxLength,
    isHalf,
  });
  return {
    nameZh: line("nameZh", 100, true),
    nameEn: line("nameEn", 100, true),
    slug: { ...line("slug", 60), hint: t("slugHint"), required: true },
    tagline: line("tagline", 120),
    about: { ...line("about", 2000), type: "textarea", rows: 6 },
    industry: {
      ...line("industry", 60, true),
      type: "select",
      options: [none, ...INDUSTRIES.map((value) => ({ value, label: tIndustry(value) }))],
    },
    size: {
      ...line("size", 60, true),
      type: "select",
      options: [none, ...COMPANY_SIZES.map((value) => ({ value, label: tCompanies(`sizes.${value}`) }))],
    },
    type: {
      ...line("type", 60, true),
      type: "select",
      options: [none, ...COMPANY_TYPES.map((value) => ({ value, label: tCompanies(`types.${value}`) }))],
    },
    foundedYear: { ...line("foundedYear", 4, true), type: "number" },
    specialties: {
      ...line("specialties", 1300),
      type: "textarea",
      rows: 2,
      defaultValue: company?.specialties.join(", ") ?? "",
      hint: t("specialtiesHint"),
    },
    address: line("address", 200),
    phone: { ...line("phone", 30, true), type: "tel" },
    fax: { ...line("fax", 30, true), type: "tel" },
    email: { ...line("email", 254, true), type: "email" },
    website: { ...line("website", 300, true), type: "url" },
    contactName: line("contactName", 80, true),
    contactTitle: line("contactTitle", 80, true),
    city: line("city", 80, true),
    region: line("region", 80, true),
    country: { ...line("country", 2), type: "select", options: [none, ...countryOptions(locale)] },
    locations: {
      ...line("locations", 2000),
      type: "textarea",
      rows: 3,
      defaultValue: (company?.locations ?? [])
        .map((l) => [l.city, l.address].filter(Boolean).join(", "))
        .join("\n"),
      hint: t("locationsHint"),
    },
    timeZone: {
      ...line("timeZone", 60),
      type: "select",
      defaultValue: company?.timeZone ?? DEFAULT_TIME_ZONE,
      options: timeZoneOptions().map(({ value, label }) => ({ value, label })),
      hint: t("timeZoneHint"),
    },
  };
}
