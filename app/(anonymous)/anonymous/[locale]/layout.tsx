import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/shell/site-document";

// Pages for visitors who are not signed in, rendered once and then served from Next.js's cache: proxy.ts
// rewrites their requests here, with the locale they would get in the path. Nothing here may read cookies.
type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));
export async function generateMetadata({ params }: Omit<Props, "children">) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  return siteMetadata();
}
export const viewport = siteViewport;

export default async function AnonymousLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteDocument locale={locale} viewer={null}>
      {children}
    </SiteDocument>
  );
}
