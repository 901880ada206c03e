import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getMemberHeader } from "@/lib/composition/member-header";
import { getViewer } from "@/lib/core/viewer";
import { NONCE_HEADER } from "@/lib/http/security-headers";
import { SiteDocument, siteMetadata, siteViewport } from "@/components/shell/site-document";
import { changeLocaleAction, signOutAction } from "@/app/actions";

export const generateMetadata = siteMetadata;
export const viewport = siteViewport;

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [locale, viewer, requestHeaders] = await Promise.all([getLocale(), getViewer(), headers()]);
  const header = viewer && (await getMemberHeader(viewer));
  return (
    <SiteDocument
      locale={locale}
      member={header && { header }}
      nonce={requestHeaders.get(NONCE_HEADER) ?? undefined}
      actions={{ changeLocale: changeLocaleAction, signOut: signOutAction }}
    >
      {children}
    </SiteDocument>
  );
}
