import { Building2, MapPin, UsersRound } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { CompanyPage } from "@/lib/companies/get-company";
import { companyName, otherCompanyName } from "@/lib/companies/names";
import { formatPlace } from "@/components/profiles/place";
import { Card } from "@/components/ui/card";
import { CompanyActions } from "./company-actions";
import { CompanyLogo } from "./company-logo";
import { CompanyTabs, type CompanyTab } from "./company-tabs";
import { VerifiedBadge } from "./verified-badge";

/**
 * The top card of every tab: banner, logo, names, tagline, what the company does and where, its followers,
 * what the viewer can do (loaded in the browser: the home is shared by all) and the tabs.
 */
export async function CompanyHeader({ company, tab }: { company: CompanyPage; tab: CompanyTab }) {
  const [t, tIndustry, tActions, locale] = await Promise.all([
    getTranslations("companies"),
    getTranslations("industries"),
    getTranslations("companyActions"),
    getLocale(),
  ]);
  const name = companyName(company, locale);
  const otherName = otherCompanyName(company, locale);
  const place = formatPlace(company, locale);
  const facts = [
    company.industry && tIndustry(company.industry as never),
    company.size && t(`sizes.${company.size}`),
  ].filter(Boolean);
  return (
    <Card className="flex flex-col gap-3 overflow-hidden pt-0 sm:pt-0">
      <div
        className="from-primary/70 -mx-5 h-24 bg-gradient-to-r to-emerald-400/60 bg-cover bg-center sm:-mx-6 sm:h-36 dark:to-emerald-900/60"
        style={company.banner ? { backgroundImage: `url(${company.banner.lg})` } : undefined}
      />
      <CompanyLogo
        name={name}
        src={company.logo?.lg}
        className="-mt-12 size-20 border-4 text-3xl sm:-mt-16 sm:size-28 sm:text-4xl"
      />
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold wrap-anywhere" data-testid="company-name">
          {name}
          {company.isVerified && (
            <VerifiedBadge
              className="ml-1.5"
              label={t("verifiedPage", { domain: company.verifiedDomain ?? "" })}
            />
          )}
        </h1>
        {otherName && <p className="text-muted text-sm wrap-anywhere">{otherName}</p>}
        {company.tagline && <p className="wrap-anywhere">{company.tagline}</p>}
        <ul className="text-muted mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {facts.length > 0 && (
            <li className="flex items-center gap-1.5">
              <Building2 aria-hidden className="size-4 shrink-0" />
              {facts.join(" · ")}
            </li>
          )}
          {place && (
            <li className="flex items-center gap-1.5">
              <MapPin aria-hidden className="size-4 shrink-0" />
              {place}
            </li>
          )}
          <li className="flex items-center gap-1.5" data-testid="follower-count">
            <UsersRound aria-hidden className="size-4 shrink-0" />
            {t("followers", { count: company.followerCount })}
          </li>
        </ul>
      </div>
      <CompanyActions slug={company.slug} name={name} isPageVerified={company.isVerified} />
      <noscript>
        <p className="text-muted text-sm">{tActions("withoutScripts")}</p>
      </noscript>
      <CompanyTabs slug={company.slug} current={tab} />
    </Card>
  );
}
