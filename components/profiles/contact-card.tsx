import { Globe, Mail, MessageCircle, Phone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
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
      href: `tel:${contact.phone.replace(/[^+\d]/g, "")}`,
    },
    contact.wechatId && { icon: MessageCircle, label: t("wechat"), value: contact.wechatId, href: null },
    contact.website && {
      icon: Globe,
      label: t("website"),
      value: contact.website.replace(/^https?:\/\//, ""),
      href: contact.website,
    },
  ].filter((row) => !!row);
  return (
    <ProfileSection id="contact" title={t("contactInfo")}>
      <dl className="flex flex-col gap-3 text-sm" data-testid="contact">
        {rows.map(({ icon: Icon, label, value, href }) => (
          <div key={label} className="flex flex-col gap-0.5">
            <dt className="flex items-center gap-2 font-semibold">
              <Icon aria-hidden className="text-muted size-4 shrink-0" />
              {label}
            </dt>
            <dd className="pl-6 break-all">
              {href ? (
                <a href={href} className="text-primary hover:underline" rel="nofollow noopener noreferrer">
                  {value}
                </a>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
    </ProfileSection>
  );
}
