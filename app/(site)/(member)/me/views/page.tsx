import { EyeOff, UserRound } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { getTimeAgo } from "@/components/i18n/time-ago";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/core/viewer";
import { getProfileViews } from "@/lib/profiles/get-profile-views";
import { ProfileSection } from "@/components/profiles/profile-section";
import { ViewsChart } from "@/components/profiles/views-chart";
import { Avatar } from "@/components/ui/avatar";

export async function generateMetadata() {
  return { title: (await getTranslations("profileViews"))("title") };
}

/** Who viewed your profile: views per day over 90 days and the latest members who looked. */
export default async function ProfileViewsPage() {
  const viewer = await requireViewer("/me/views");
  const [views, t, format] = await Promise.all([
    getProfileViews(viewer),
    getTranslations("profileViews"),
    getFormatter(),
  ]);
  const ago = await getTimeAgo();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ProfileSection id="chart" title={t("last90")}>
        <dl className="grid grid-cols-3 gap-3 text-center">
          {(
            [
              ["total", views.total],
              ["members", views.members],
              ["anonymous", views.anonymous],
            ] as const
          ).map(([key, count]) => (
            <div key={key} className="bg-surface-muted rounded-md p-3">
              <dt className="text-muted text-xs">{t(key)}</dt>
              <dd className="text-2xl font-semibold" data-testid={`views-${key}`}>
                {format.number(count)}
              </dd>
            </div>
          ))}
        </dl>
        <ViewsChart daily={views.daily} label={t("perDay")} />
      </ProfileSection>
      <ProfileSection id="viewers" title={t("recent")}>
        {views.recentViewers.length === 0 ? (
          <p className="text-muted text-sm">{t("none")}</p>
        ) : (
          <ul className="divide-border flex flex-col divide-y" data-testid="recent-viewers">
            {views.recentViewers.map((view) => (
              <li key={view.id} className="flex items-center gap-3 py-3">
                {view.isPrivate ? (
                  <>
                    <span className="bg-surface-muted text-muted flex size-10 items-center justify-center rounded-full">
                      <EyeOff aria-hidden className="size-5" />
                    </span>
                    <div className="min-w-0">
                      <p className="font-semibold">{t("privateViewer")}</p>
                      <p className="text-muted text-xs">{ago(view.viewedAt)}</p>
                    </div>
                  </>
                ) : (
                  <>
                    <Avatar name={view.name} src={view.avatar?.sm} />
                    <div className="min-w-0">
                      <Link
                        href={`/in/${view.handle}`}
                        className="font-semibold wrap-anywhere hover:underline"
                      >
                        {view.name}
                      </Link>
                      {view.headline && <p className="text-muted text-sm wrap-anywhere">{view.headline}</p>}
                      <p className="text-muted text-xs">{ago(view.viewedAt)}</p>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="text-muted flex items-center gap-2 text-xs">
          <UserRound aria-hidden className="size-4" />
          {t("anonymousNote")}
        </p>
      </ProfileSection>
    </div>
  );
}
