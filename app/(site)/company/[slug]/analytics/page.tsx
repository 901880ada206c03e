import { countryName } from "@/lib/i18n/country-options";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/core/viewer";
import { companyAnalytics, type Share } from "@/lib/companies/analytics";
import { companyBySlug } from "@/lib/companies/find-company";
import { hasCompanyRight } from "@/lib/companies/policy";
import { ANALYTICS_RANGES } from "@/lib/companies/schemas";
import { DailyBarsChart, FollowersChart } from "@/components/companies/analytics-charts";
import { CompanyFrame, companyMetadata, findCompanyOr404 } from "@/components/companies/company-frame";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ days?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("companies.analytics");
  return companyMetadata(await findCompanyOr404((await params).slug), t("title"));
}

/** The top few of a breakdown as labelled bars, each as wide as its share of the largest. */
function ShareList({
  title,
  shares,
  labelOf,
  empty,
}: {
  title: string;
  shares: Share[];
  labelOf: (key: string) => string;
  empty: string;
}) {
  const largest = Math.max(1, ...shares.map((s) => s.count));
  return (
    <Card className="flex flex-col gap-3">
      <CardTitle className="text-base">{title}</CardTitle>
      {shares.length === 0 ? (
        <p className="text-muted text-sm">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {shares.map((share) => (
            <li key={share.key} className="flex flex-col gap-1">
              <span className="flex justify-between gap-2">
                <span className="wrap-anywhere">{labelOf(share.key)}</span>
                <span className="text-muted tabular-nums">{share.count}</span>
              </span>
              <span className="bg-surface-muted h-2 rounded-full">
                <span
                  className="bg-primary block h-2 rounded-full"
                  style={{ width: `${(share.count / largest) * 100}%` }}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** A page's analytics for its admins and analysts: followers, views, post impressions and reactions, visitors. */
export default async function CompanyAnalyticsPage({ params, searchParams }: Props) {
  const company = await findCompanyOr404((await params).slug);
  const slug = company.slug;
  const viewer = await requireViewer(`/company/${slug}/analytics`);
  const { role } = await companyBySlug(viewer, { slug });
  if (!hasCompanyRight(role, "viewAnalytics")) redirect(`/company/${slug}`);
  const days = Number((await searchParams).days ?? 30);
  const range = (ANALYTICS_RANGES as readonly number[]).includes(days) ? days : 30;
  const [data, t, tIndustry, locale] = await Promise.all([
    companyAnalytics(viewer, { slug }, { days: range }),
    getTranslations("companies.analytics"),
    getTranslations("industries"),
    getLocale(),
  ]);
  const totals = [
    [
      t("followers"),
      data.totals.followers,
      t("newFollowers", {
        count: data.totals.newFollowers,
        change: `${data.totals.newFollowers > 0 ? "+" : ""}${data.totals.newFollowers}`,
      }),
    ],
    [t("views"), data.totals.views, null],
    [t("impressions"), data.totals.impressions, null],
    [t("reactions"), data.totals.reactions, null],
  ] as const;
  return (
    <CompanyFrame company={company} tab="analytics">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <nav aria-label={t("range")} className="border-border flex rounded-full border p-0.5 text-sm">
          {ANALYTICS_RANGES.map((option) => (
            <Link
              key={option}
              href={`/company/${slug}/analytics?days=${option}`}
              aria-current={option === range ? "page" : undefined}
              className={cn(
                "rounded-full px-3 py-1 font-semibold",
                option === range ? "bg-primary text-primary-foreground" : "text-muted hover:text-foreground",
              )}
            >
              {t("days", { count: option })}
            </Link>
          ))}
        </nav>
      </div>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="analytics-totals">
        {totals.map(([label, value, note]) => (
          <div
            key={label}
            className="border-border bg-surface flex flex-col gap-1 rounded-lg border p-4 shadow-sm"
          >
            <dt className="text-muted text-sm">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            {note && <dd className="text-muted text-xs">{note}</dd>}
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="flex flex-col gap-3">
          <CardTitle className="text-base">{t("followersOverTime")}</CardTitle>
          <FollowersChart daily={data.daily} label={t("followersOverTime")} />
        </Card>
        <Card className="flex flex-col gap-3">
          <CardTitle className="text-base">{t("pageViews")}</CardTitle>
          <DailyBarsChart
            daily={data.daily}
            series={[{ key: "views", name: t("views"), color: "var(--primary)" }]}
            label={t("pageViews")}
            testId="views-chart"
          />
        </Card>
        <Card className="flex flex-col gap-3 lg:col-span-2">
          <CardTitle className="text-base">{t("postsTitle")}</CardTitle>
          <DailyBarsChart
            daily={data.daily}
            series={[
              { key: "impressions", name: t("impressions"), color: "var(--primary)" },
              { key: "reactions", name: t("reactions"), color: "#d97706" },
            ]}
            label={t("postsTitle")}
            testId="posts-chart"
          />
        </Card>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <ShareList
          title={t("byIndustry")}
          shares={data.visitorsByIndustry}
          labelOf={(key) => tIndustry(key as never)}
          empty={t("noVisitors")}
        />
        <ShareList
          title={t("byCountry")}
          shares={data.visitorsByCountry}
          labelOf={(key) => countryName(key, locale)}
          empty={t("noVisitors")}
        />
        <ShareList
          title={t("byCity")}
          shares={data.visitorsByCity}
          labelOf={(key) => key}
          empty={t("noVisitors")}
        />
      </div>
      <p className="text-muted text-xs">{t("note", { timeZone: data.timeZone })}</p>
    </CompanyFrame>
  );
}
