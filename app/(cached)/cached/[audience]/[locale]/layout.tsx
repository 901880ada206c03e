import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { cachedRenderNonce } from "@/lib/http/security-headers";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { CACHED_AUDIENCES, isCachedAudience } from "@/lib/core/cached-profile";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/shell/site-document";
import { changeLocaleAction, signOutAction } from "@/app/actions";

// Pages rendered once per audience and locale, then served from Next.js's cache: proxy.ts rewrites requests
// here, with the audience it checked and the visitor's locale in the path. Nothing here may read cookies.
type Props = { children: ReactNode; params: Promise<{ audience: string; locale: string }> };

export const generateStaticParams = () =>
  CACHED_AUDIENCES.flatMap((audience) => LOCALES.map((locale) => ({ audience, locale })));

export async function generateMetadata({ params }: Omit<Props, "children">) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  return siteMetadata();
}
export const viewport = siteViewport;

export default async function CachedLayout({ children, params }: Props) {
  const { audience, locale } = await params;
  if (!isLocale(locale) || !isCachedAudience(audience)) notFound();
  setRequestLocale(locale);
  return (
    // a member's name is not in a page all members share: the header asks for it in the browser
    <SiteDocument
      locale={locale}
      member={audience === "member" ? {} : null}
      nonce={cachedRenderNonce()}
      actions={{ changeLocale: changeLocaleAction, signOut: signOutAction }}
    >
      {children}
    </SiteDocument>
  );
}
