import { BookOpen, FolderKanban, HandHeart, Trophy } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import type { AccomplishmentKind } from "@/lib/profiles/schemas";
import { MarkdownText } from "./markdown-text";
import { ProfileSection } from "./profile-section";

type Accomplishment = NonNullable<ProfileForViewer["projects"]>[number];

const ICONS = { project: FolderKanban, volunteering: HandHeart, honor: Trophy, publication: BookOpen };
const SECTION_IDS = {
  project: "projects",
  volunteering: "volunteering",
  honor: "honors",
  publication: "publications",
} as const;

/** Projects, volunteering, honours and awards, or publications: one list, the kind's own words. */
export async function AccomplishmentsSection({
  kind,
  items,
}: {
  kind: AccomplishmentKind;
  items: Accomplishment[];
}) {
  const [t, format] = await Promise.all([getTranslations("profile"), getFormatter()]);
  const Icon = ICONS[kind];
  const monthYear = (date: Date) =>
    format.dateTime(date, { month: "short", year: "numeric", timeZone: "UTC" });
  const when = (a: Accomplishment) => {
    if (!a.startDate) return null;
    if (kind === "honor" || kind === "publication") return monthYear(a.startDate);
    return t("dateRange", {
      start: monthYear(a.startDate),
      end: a.endDate ? monthYear(a.endDate) : t("present"),
    });
  };
  const id = SECTION_IDS[kind];
  return (
    <ProfileSection id={id} title={t(id)}>
      <ol className="divide-border flex flex-col divide-y" data-testid={`${id}-list`}>
        {items.map((a) => (
          <li key={a.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
            <span className="bg-surface-muted text-muted flex size-12 shrink-0 items-center justify-center rounded-md">
              <Icon aria-hidden className="size-6" />
            </span>
            <div className="flex min-w-0 flex-col gap-0.5 text-sm">
              <h3 className="text-base font-semibold wrap-anywhere">
                {a.url ? (
                  <a
                    href={a.url}
                    rel="nofollow ugc noopener noreferrer"
                    target="_blank"
                    className="hover:text-primary hover:underline"
                  >
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
              </h3>
              {a.organization && (
                <p className="wrap-anywhere">{t(`accomplishmentBy.${kind}`, { name: a.organization })}</p>
              )}
              {when(a) && <p className="text-muted">{when(a)}</p>}
              {a.description && (
                <div className="mt-1">
                  <MarkdownText>{a.description}</MarkdownText>
                </div>
              )}
              {a.keywords.length > 0 && (
                <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("keywords")}>
                  {a.keywords.map((keyword) => (
                    <li key={keyword} className="bg-surface-muted rounded-full px-2 py-0.5 text-xs">
                      {keyword}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}

/** What the member cares about outside work, as tags. */
export async function InterestsSection({ interests }: { interests: string[] }) {
  const t = await getTranslations("profile");
  return (
    <ProfileSection id="interests" title={t("interests")}>
      <ul className="flex flex-wrap gap-2 text-sm" data-testid="interests">
        {interests.map((interest) => (
          <li key={interest} className="border-border rounded-full border px-3 py-1 wrap-anywhere">
            {interest}
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}
