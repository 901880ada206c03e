import { Globe, Mail, MessageCircle, Phone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import { ContactList, telHref, type ContactRow } from "./contact-list";
import { ProfileSection } from "./profile-section";

/** The ways to reach the member that this viewer may see. */
export async function ContactCard({ contact }: { contact: ProfileForViewer["contact"] }) {
  const t = await getTranslations("profile");
  const rows = [
    contact.email && { icon: Mail, label: t("email"), value: contact.email, href: `mailto:${contact.email}` },
    contact.phone && {
      icon: Phone,
      label: t("phone"),
      value: contact.phone,
      href: telHref(contact.phone),
    },
    contact.wechatId && { icon: MessageCircle, label: t("wechat"), value: contact.wechatId, href: null },
    contact.website && {
      icon: Globe,
      label: t("website"),
      value: contact.website.replace(/^https?:\/\//, ""),
      href: contact.website,
    },
  ].filter((row): row is ContactRow => !!row);
  return (
    <ProfileSection id="contact" title={t("contactInfo")}>
      <ContactList rows={rows} testId="contact" />
    </ProfileSection>
  );
}
