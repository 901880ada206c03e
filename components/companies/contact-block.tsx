import { Building, Globe, Mail, MapPin, Phone, Printer, UserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { CompanyPage } from "@/lib/companies/get-company";
import { ContactList, telHref, type ContactRow } from "@/components/profiles/contact-list";
import { ProfileSection } from "@/components/profiles/profile-section";

/** The contact block (联系方式): address, phone, fax, email, website and a contact person, as the page gave them. */
export async function ContactBlock({ company }: { company: CompanyPage }) {
  const t = await getTranslations("companies.contact");
  const contactPerson = [company.contactName, company.contactTitle].filter(Boolean).join(" · ");
  const rows = [
    company.address && { icon: MapPin, label: t("address"), value: company.address, href: null },
    company.phone && { icon: Phone, label: t("phone"), value: company.phone, href: telHref(company.phone) },
    company.fax && { icon: Printer, label: t("fax"), value: company.fax, href: null },
    company.email && { icon: Mail, label: t("email"), value: company.email, href: `mailto:${company.email}` },
    company.website && {
      icon: Globe,
      label: t("website"),
      value: company.website.replace(/^https?:\/\//, "").replace(/\/$/, ""),
      href: company.website,
    },
    contactPerson && { icon: UserRound, label: t("person"), value: contactPerson, href: null },
  ].filter((row): row is ContactRow => !!row);
  return (
    <ProfileSection id="contact" title={t("title")}>
      {rows.length ? (
        <ContactList rows={rows} testId="contact-block" />
      ) : (
        <p className="text-muted flex items-center gap-2 text-sm">
          <Building aria-hidden className="size-4" />
          {t("none")}
        </p>
      )}
    </ProfileSection>
  );
}
