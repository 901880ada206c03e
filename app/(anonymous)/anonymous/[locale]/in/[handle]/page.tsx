import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { findProfileOr404, ProfilePage, profileMetadata } from "@/components/profiles/profile-page";
import type { Locale } from "@/lib/i18n/locales";

// /in/<handle> for anonymous visitors: rendered on the first visit, then served from the cache until the
// profile changes (lib/profiles/public-profile-cache.ts expires it) or, at the latest, after this long.
export const revalidate = 900;
export const generateStaticParams = () => [];
// anything that reads the request (cookies, headers) here would serve one visitor's page to all: refuse it
export const dynamic = "error";

type Props = { params: Promise<{ locale: Locale; handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  return profileMetadata(await findProfileOr404(null, handle));
}

export default async function AnonymousProfilePage({ params }: Props) {
  const { locale, handle } = await params;
  setRequestLocale(locale);
  return <ProfilePage profile={await findProfileOr404(null, handle)} viewer={null} />;
}
