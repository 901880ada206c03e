import { Download, Globe, Mail, MapPin, MessageCircle, Phone } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { getViewer } from "@/lib/core/viewer";
import { env } from "@/lib/env";
import { qrCodeSvg } from "@/lib/profiles/qr-code";
import { formatPlace } from "@/components/profiles/place";
import { findProfileOr404 } from "@/components/profiles/profile-page";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ handle: string }> };

async function load({ params }: Props) {
  return findProfileOr404(await getViewer(), (await params).handle);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [profile, t] = await Promise.all([load(props), getTranslations("card")]);
  return { title: t("title", { name: profile.name }), robots: { index: false } };
}

/** The electronic business card (电子名片): the essentials, a QR code to the profile, and a vCard to save. */
export default async function BusinessCardPage(props: Props) {
  const [profile, t, locale] = await Promise.all([load(props), getTranslations("card"), getLocale()]);
  const profileUrl = `${env().APP_URL}/in/${profile.handle}`;
  const qr = await qrCodeSvg(profileUrl);
  const place = formatPlace(profile.location, locale);
  const { email, phone, wechatId, website } = profile.contact;
  const lines = [
    place && { icon: MapPin, text: place },
    email && { icon: Mail, text: email, href: `mailto:${email}` },
    phone && { icon: Phone, text: phone, href: `tel:${phone.replace(/[^+\d]/g, "")}` },
    wechatId && { icon: MessageCircle, text: t("wechat", { id: wechatId }) },
    website && { icon: Globe, text: website.replace(/^https?:\/\//, ""), href: website },
  ].filter((line) => !!line);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Card className="overflow-hidden p-0 sm:p-0" data-testid="business-card">
        <div className="bg-primary h-2" />
        <div className="flex flex-col gap-6 p-6 sm:flex-row sm:items-center">
          <div className="flex min-w-0 flex-1 flex-col gap-4">
            <div className="flex items-center gap-4">
              <Avatar name={profile.name} src={profile.avatar?.md} className="size-16 text-2xl" />
              <div className="min-w-0">
                <h1 className="text-xl font-semibold wrap-anywhere">{profile.name}</h1>
                {profile.currentPosition ? (
                  <p className="text-sm wrap-anywhere">
                    {profile.currentPosition.title} · {profile.currentPosition.companyName}
                  </p>
                ) : (
                  profile.headline && <p className="text-sm wrap-anywhere">{profile.headline}</p>
                )}
              </div>
            </div>
            <ul className="flex flex-col gap-2 text-sm">
              {lines.map(({ icon: Icon, text, href }) => (
                <li key={text} className="flex items-center gap-2">
                  <Icon aria-hidden className="text-muted size-4 shrink-0" />
                  {href ? (
                    <a href={href} className="text-primary break-all hover:underline">
                      {text}
                    </a>
                  ) : (
                    <span className="break-all">{text}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
          <figure className="flex flex-col items-center gap-2 self-center">
            <div
              role="img"
              aria-label={t("qrLabel", { name: profile.name })}
              className="size-40 rounded-md bg-white p-1 [&_svg]:size-full"
              dangerouslySetInnerHTML={{ __html: qr }}
            />
            <figcaption className="text-muted text-xs">{t("scan")}</figcaption>
          </figure>
        </div>
      </Card>
      <div className="flex flex-wrap gap-2">
        <Button asChild>
          <a href={`/in/${profile.handle}/vcard`} download={`${profile.handle}.vcf`}>
            <Download aria-hidden className="size-4" />
            {t("downloadVcard")}
          </a>
        </Button>
        <Button asChild variant="outline">
          <Link href={`/in/${profile.handle}`}>{t("viewProfile")}</Link>
        </Button>
      </div>
    </div>
  );
}
