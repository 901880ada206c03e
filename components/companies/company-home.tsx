import { Megaphone } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { CompanyPage } from "@/lib/companies/get-company";
import { RELATION_KINDS } from "@/lib/companies/limits";
import { MarkdownText } from "@/components/profiles/markdown-text";
import { formatPlace } from "@/components/profiles/place";
import { ProfileSection } from "@/components/profiles/profile-section";
import { ContactBlock } from "./contact-block";
import { ProductCard } from "./product-card";

/** Its pinned announcement (公告), shown above everything else on the home. */
export async function AnnouncementCard({
  announcement,
}: {
  announcement: NonNullable<CompanyPage["announcement"]>;
}) {
  const [t, format] = await Promise.all([getTranslations("companies"), getFormatter()]);
  return (
    <section
      className="border-primary/40 bg-primary/5 flex gap-3 rounded-lg border p-4"
      aria-labelledby="announcement-title"
      data-testid="announcement"
    >
      <Megaphone aria-hidden className="text-primary mt-0.5 size-5 shrink-0" />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="text-primary text-xs font-semibold tracking-wide uppercase">
          {t("announcement")} · {format.dateTime(new Date(announcement.createdAt), { dateStyle: "medium" })}
        </p>
        <h2 id="announcement-title" className="font-semibold wrap-anywhere">
          {announcement.title}
        </h2>
        {announcement.body && (
          <p className="text-sm wrap-anywhere whitespace-pre-line">{announcement.body}</p>
        )}
        {announcement.linkUrl && (
          <a
            href={announcement.linkUrl}
            rel="nofollow noopener noreferrer"
            target="_blank"
            className="text-primary text-sm font-semibold break-all hover:underline"
          >
            {t("announcementLink")}
          </a>
        )}
      </div>
    </section>
  );
}

/** The home tab: announcement, about, specialties, products, people; the contact block and offices beside. */
export async function CompanyHome({ company }: { company: CompanyPage }) {
  const [t, locale] = await Promise.all([getTranslations("companies"), getLocale()]);
  const overview = [
    company.type && [t("overview.type"), t(`types.${company.type}`)],
    company.size && [t("overview.size"), t(`sizes.${company.size}`)],
    company.foundedYear && [t("overview.founded"), String(company.foundedYear)],
    (company.city || company.country) && [t("overview.headquarters"), formatPlace(company, locale)],
  ].filter((row): row is string[] => !!row);
  const people = RELATION_KINDS.filter((kind) => company.tieCounts[kind]);
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="flex min-w-0 flex-col gap-4">
        {company.announcement && <AnnouncementCard announcement={company.announcement} />}
        <ProfileSection id="about" title={t("about")}>
          {company.about ? (
            <MarkdownText>{company.about}</MarkdownText>
          ) : (
            <p className="text-muted text-sm">{t("noAbout")}</p>
          )}
          {overview.length > 0 && (
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              {overview.map(([label, value]) => (
                <div key={label}>
                  <dt className="font-semibold">{label}</dt>
                  <dd className="text-muted">{value}</dd>
                </div>
              ))}
            </dl>
          )}
          {company.specialties.length > 0 && (
            <div className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold">{t("specialties")}</h3>
              <ul className="flex flex-wrap gap-2">
                {company.specialties.map((specialty) => (
                  <li key={specialty} className="bg-surface-muted rounded-full px-3 py-1 text-sm">
                    {specialty}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </ProfileSection>
        {company.products.length > 0 && (
          <ProfileSection
            id="products"
            title={t("tabs.products")}
            action={
              company.products.length > 3 && (
                <Link
                  href={`/company/${company.slug}/products`}
                  className="text-primary text-sm font-semibold hover:underline"
                >
                  {t("seeAll", { count: company.products.length })}
                </Link>
              )
            }
          >
            <ul className="grid gap-3 sm:grid-cols-3">
              {company.products.slice(0, 3).map((product) => (
                <ProductCard key={product.id} product={product} linkLabel={t("learnMore")} />
              ))}
            </ul>
          </ProfileSection>
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-4">
        <ContactBlock company={company} />
        {people.length > 0 && (
          <ProfileSection id="people" title={t("tabs.people")}>
            <ul className="flex flex-col gap-1 text-sm">
              {people.map((kind) => (
                <li key={kind}>
                  <Link
                    href={`/company/${company.slug}/people#${kind}`}
                    className="text-primary hover:underline"
                  >
                    {t(`people.count.${kind}`, { count: company.tieCounts[kind] ?? 0 })}
                  </Link>
                </li>
              ))}
            </ul>
          </ProfileSection>
        )}
        {company.locations.length > 0 && (
          <ProfileSection id="locations" title={t("locations")}>
            <ul className="flex flex-col gap-2 text-sm">
              {company.locations.map((location, index) => (
                <li key={index}>
                  <p className="font-semibold">{formatPlace(location, locale)}</p>
                  {location.address && <p className="text-muted wrap-anywhere">{location.address}</p>}
                </li>
              ))}
            </ul>
          </ProfileSection>
        )}
      </div>
    </div>
  );
}
