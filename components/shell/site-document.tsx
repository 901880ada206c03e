import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MainNav } from "./main-nav";
import { Providers } from "./providers";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import "@/app/globals.css";
import type { ShellActions } from "./shell-actions";
import type { MemberHeader } from "@/lib/composition/member-header";
import { MemberHeaderProvider } from "./member-header";
import { TimeZoneCookie } from "./time-zone-cookie";

export async function siteMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    // absolute Open Graph image URLs for shared links
    metadataBase: new URL(env().APP_URL),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    // a static file: an app/icon.svg sends Turbopack's dev server into a reload loop
    icons: { icon: "/icon.svg" },
  };
}

export const siteViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1b1d23" },
  ],
};

/** A signed-in member as the header shows them; without `header` when the page is shared by all members. */
export type HeaderMember = { header?: MemberHeader };

/**
 * The whole HTML document around a page: header, footer and, for members, the phone's bottom bar. Every root
 * layout renders it — the site's (per request) and the cached one (app/(cached)).
 */
export async function SiteDocument({
  locale,
  member,
  nonce,
  actions,
  children,
}: {
  locale: string;
  actions: ShellActions;
  member: HeaderMember | null;
  /** the request's CSP nonce (proxy.ts); cached pages have none */
  nonce?: string;
  children: ReactNode;
}) {
  const t = await getTranslations("nav");
  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh">
        <ClientMessages>
          <Providers nonce={nonce}>
            <a
              href="#main"
              className="bg-primary text-primary-foreground sr-only z-50 rounded-md px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
            >
              {t("skipToContent")}
            </a>
            <TimeZoneCookie />
            <MemberHeaderProvider known={member?.header ?? null} isMember={member !== null}>
              <SiteHeader isMember={member !== null} actions={actions} />
              <main id="main" className="mx-auto w-full max-w-6xl px-3 py-6 sm:px-4">
                {children}
              </main>
              <SiteFooter />
              {member && (
                <>
                  <div className="h-16 md:hidden" />
                  <MainNav
                    variant="bottom"
                    className="border-border bg-surface fixed inset-x-0 bottom-0 z-40 border-t md:hidden"
                  />
                </>
              )}
            </MemberHeaderProvider>
          </Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
