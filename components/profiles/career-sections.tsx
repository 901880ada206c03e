import { Award, BriefcaseBusiness, GraduationCap } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { factSeparator } from "@/lib/i18n/separators";
import { imageUrl } from "@/lib/media/variants";
import { CompanyLogo } from "@/components/companies/company-logo";
import { tenure } from "@/lib/profiles/dates";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import { ProfileSection } from "./profile-section";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const monthYear = (format: Formatter, date: Date) =>
  format.dateTime(date, { month: "short", year: "numeric", timeZone: "UTC" });

function EntryIcon({ icon: Icon }: { icon: typeof Award }) {
  return (
    <span className="bg-surface-muted text-muted flex size-12 shrink-0 items-center justify-center rounded-md">
      <Icon aria-hidden className="size-6" />
    </span>
  );
}

export async function ExperienceSection({
  positions,
}: {
  positions: NonNullable<ProfileForViewer["positions"]>;
}) {
  const [t, format] = await Promise.all([getTranslations("profile"), getFormatter()]);
  return (
    <ProfileSection id="experience" title={t("experience")}>
      <ol className="divide-border flex flex-col divide-y">
        {positions.map((p) => {
          const { years, months } = tenure(p.startDate, p.endDate);
          const length = [years && t("years", { count: years }), months && t("months", { count: months })]
            .filter(Boolean)
            .join(" ");
          return (
            <li key={p.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
              {p.company ? (
                <Link href={`/company/${p.company.slug}`} tabIndex={-1} aria-hidden>
                  <CompanyLogo
                    name={p.companyName}
                    src={p.company.logoKey && imageUrl(p.company.logoKey, "sm")}
                    className="size-12"
                  />
                </Link>
              ) : (
                <EntryIcon icon={BriefcaseBusiness} />
              )}
              <div className="flex min-w-0 flex-col gap-0.5 text-sm">
                <h3 className="text-base font-semibold wrap-anywhere">{p.title}</h3>
                <p className="wrap-anywhere">
                  {p.company ? (
                    <Link href={`/company/${p.company.slug}`} className="hover:text-primary hover:underline">
                      {p.companyName}
                    </Link>
                  ) : (
                    p.companyName
                  )}
                  {p.employmentType && ` · ${t(`employmentType.${p.employmentType}`)}`}
                </p>
                <p className="text-muted">
                  {t("dateRange", {
                    start: monthYear(format, p.startDate),
                    end: p.endDate ? monthYear(format, p.endDate) : t("present"),
                  })}{" "}
                  · {length}
                </p>
                {p.location && <p className="text-muted wrap-anywhere">{p.location}</p>}
                {p.description && <p className="mt-1 wrap-anywhere whitespace-pre-line">{p.description}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </ProfileSection>
  );
}

export async function EducationSection({
  education,
}: {
  education: NonNullable<ProfileForViewer["education"]>;
}) {
  const [t, locale] = await Promise.all([getTranslations("profile"), getLocale()]);
  return (
    <ProfileSection id="education" title={t("education")}>
      <ol className="divide-border flex flex-col divide-y">
        {education.map((e) => (
          <li key={e.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
            <EntryIcon icon={GraduationCap} />
            <div className="flex min-w-0 flex-col gap-0.5 text-sm">
              <h3 className="text-base font-semibold wrap-anywhere">{e.school}</h3>
              {(e.degree || e.fieldOfStudy) && (
                <p className="wrap-anywhere">
                  {[e.degree, e.fieldOfStudy].filter(Boolean).join(factSeparator(locale))}
                </p>
              )}
              {(e.startYear || e.endYear) && (
                <p className="text-muted">{[e.startYear, e.endYear].filter(Boolean).join(" – ")}</p>
              )}
              {e.description && <p className="mt-1 wrap-anywhere whitespace-pre-line">{e.description}</p>}
            </div>
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}

export async function CertificationsSection({
  certifications,
}: {
  certifications: NonNullable<ProfileForViewer["certifications"]>;
}) {
  const [t, format] = await Promise.all([getTranslations("profile"), getFormatter()]);
  return (
    <ProfileSection id="certifications" title={t("certifications")}>
      <ol className="divide-border flex flex-col divide-y">
        {certifications.map((c) => (
          <li key={c.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
            <EntryIcon icon={Award} />
            <div className="flex min-w-0 flex-col gap-0.5 text-sm">
              <h3 className="text-base font-semibold wrap-anywhere">{c.name}</h3>
              {c.issuer && <p className="wrap-anywhere">{c.issuer}</p>}
              <p className="text-muted">
                {[
                  c.issuedOn && t("issued", { date: monthYear(format, c.issuedOn) }),
                  c.expiresOn && t("expires", { date: monthYear(format, c.expiresOn) }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {c.credentialId && (
                <p className="text-muted break-all">{t("credentialId", { id: c.credentialId })}</p>
              )}
              {c.credentialUrl && (
                <a
                  href={c.credentialUrl}
                  rel="nofollow ugc noopener noreferrer"
                  target="_blank"
                  className="text-primary self-start font-semibold hover:underline"
                >
                  {t("showCredential")}
                </a>
              )}
            </div>
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}
