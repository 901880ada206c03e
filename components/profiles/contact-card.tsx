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
          <div key={label} className="flex gap-3">
            <Icon aria-hidden className="text-muted mt-0.5 size-4 shrink-0" />
            <div className="min-w-0">
              <dt className="font-semibold">{label}</dt>
              <dd className="break-all">
                {href ? (
                  <a href={href} className="text-primary hover:underline" rel="nofollow noopener noreferrer">
                    {value}
                  </a>
                ) : (
                  value
                )}
              </dd>
            </div>
          </div>
        ))}
      </dl>
    </ProfileSection>
  );
}
