import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { getViewer } from "@/lib/auth/viewer";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/shell/site-document";

export const generateMetadata = siteMetadata;
export const viewport = siteViewport;

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [locale, viewer] = await Promise.all([getLocale(), getViewer()]);
  return (
    <SiteDocument locale={locale} member={viewer && { name: viewer.name }}>
      {children}
    </SiteDocument>
  );
}
