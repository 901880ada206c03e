import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { findProfileOr404, ProfilePage, profileMetadata } from "@/components/profiles/profile-page";
import type { Locale } from "@/lib/i18n/locales";

// /in/<handle> for visitors and for members who are neither its owner nor connected to them: rendered on the
// first visit, then served from the cache until the profile changes (lib/profiles/cached-profile.ts expires
// it) or, at the latest, after this long.
export const revalidate = 900;
export const generateStaticParams = () => [];
// anything that reads the request (cookies, headers) here would serve one visitor's page to all: refuse it
export const dynamic = "error";

type Props = { params: Promise<{ audience: string; locale: Locale; handle: string }> };

async function readerAndHandle({ params }: Props) {
  const { audience, locale, handle } = await params;
  setRequestLocale(locale);
  return [audience === "member" ? "member" : null, handle] as const;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return profileMetadata(await findProfileOr404(...(await readerAndHandle(props))));
}

export default async function CachedProfilePage(props: Props) {
  return <ProfilePage profile={await findProfileOr404(...(await readerAndHandle(props)))} viewer={null} />;
}
