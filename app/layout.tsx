import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getViewer } from "@/lib/auth/viewer";
import { clientMessages } from "@/lib/i18n/messages";
import { MainNav } from "@/components/shell/main-nav";
import { Providers } from "@/components/shell/providers";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#1b1d23" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, viewer, t, messages] = await Promise.all([
    getLocale(),
    getViewer(),
    getTranslations("nav"),
    getMessages(),
  ]);
  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-dvh">
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <Providers>
            <a
              href="#main"
              className="bg-primary text-primary-foreground sr-only z-50 rounded-md px-3 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
            >
              {t("skipToContent")}
            </a>
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-6xl px-3 py-6 sm:px-4">
              {children}
            </main>
            <SiteFooter />
            {viewer && (
              <>
                <div className="h-16 md:hidden" />
                <MainNav
                  variant="bottom"
                  className="border-border bg-surface fixed inset-x-0 bottom-0 z-40 border-t md:hidden"
                />
              </>
            )}
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
