import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { findCompanyOr404 } from "@/components/companies/company-frame";

export type CachedCompanyProps = { params: Promise<{ audience: string; locale: Locale; slug: string }> };

/** The page these cached routes show, in the locale of their path (a 404 when there is none). */
export async function cachedCompanyOf({ params }: CachedCompanyProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  return { company: await findCompanyOr404(slug), locale };
}
