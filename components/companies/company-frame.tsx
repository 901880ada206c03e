import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getCompany, type CompanyPage } from "@/lib/companies/get-company";
import { companyName } from "@/lib/companies/names";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ClientNamespace } from "@/lib/i18n/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CompanyHeader } from "./company-header";
import type { CompanyTab } from "./company-tabs";

/** The page at /company/<slug>, or the not-found page. */
export async function findCompanyOr404(slug: string): Promise<CompanyPage> {
  try {
    return await getCompany(null, { slug: decodeURIComponent(slug) });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function companyMetadata(company: CompanyPage, title?: string): Promise<Metadata> {
  const name = companyName(company, await getLocale());
  const url = `${env().APP_URL}/company/${company.slug}`;
  const description = company.tagline || company.about.slice(0, 200) || name;
  return {
    title: title ? `${title} · ${name}` : name,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      url,
      title: name,
      description,
      ...(company.logo && {
        images: [{ url: `${env().APP_URL}${company.logo.lg}`, width: 400, height: 400 }],
      }),
    },
    twitter: { card: "summary" },
  };
}

/** Every tab of a company page: the header card with its tabs above the tab's content. */
export function CompanyFrame({
  company,
  tab,
  namespaces = [],
  children,
}: {
  company: CompanyPage;
  tab: CompanyTab;
  namespaces?: ClientNamespace[];
  children: ReactNode;
}) {
  return (
    <ClientMessages namespaces={["companyActions", ...namespaces]}>
      <div className="mx-auto flex max-w-5xl flex-col gap-4">
        <CompanyHeader company={company} tab={tab} />
        {children}
      </div>
    </ClientMessages>
  );
}
