import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { apiPath } from "@/lib/api/client";

export async function SiteFooter() {
  const [t, tLegal] = await Promise.all([getTranslations("footer"), getTranslations("legal")]);
  return (
    <footer className="text-muted mx-auto flex max-w-6xl flex-wrap items-center justify-center gap-x-4 gap-y-1 px-4 py-8 text-xs">
      <span>{t("tagline")}</span>
      <Link className="hover:underline" href="/terms">
        {tLegal("termsLink")}
      </Link>
      <Link className="hover:underline" href="/privacy">
        {tLegal("privacyLink")}
      </Link>
      <a className="hover:underline" href={apiPath("openapi.json")}>
        {t("openApi")}
      </a>
      {/* JSON, not a page (the lint rule takes it for one: app/(site)/[...missing] matches every path) */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a className="hover:underline" href="/api/health">
        {t("health")}
      </a>
    </footer>
  );
}
