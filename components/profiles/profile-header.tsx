import { BriefcaseBusiness, IdCard, MapPin, Pencil, UserPlus, UsersRound } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { networkCounts } from "@/lib/network/person-relationship";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import { RelationshipActions } from "@/components/network/relationship-actions";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatPlace } from "./place";

/** The top card: banner, photo, name, headline, where they work and live, and what the viewer can do. */
export async function ProfileHeader({ profile }: { profile: ProfileForViewer }) {
  const [t, tIndustry, tNetwork, locale, counts] = await Promise.all([
    getTranslations("profile"),
    getTranslations("industries"),
    getTranslations("network"),
    getLocale(),
    networkCounts(profile.userId),
  ]);
  const place = formatPlace(profile.location, locale);
  return (
    <Card className="overflow-hidden p-0 sm:p-0">
      <div
        className="from-primary/70 h-28 bg-gradient-to-r to-sky-400/60 bg-cover bg-center sm:h-40 dark:to-sky-900/60"
        style={profile.banner ? { backgroundImage: `url(${profile.banner.lg})` } : undefined}
      />
      <div className="flex flex-col gap-3 px-5 pb-5 sm:px-6">
        <Avatar
          name={profile.name}
          src={profile.avatar?.lg}
          className="border-surface -mt-14 size-28 border-4 text-4xl sm:-mt-20 sm:size-36 sm:text-5xl"
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-1">
            <h1 className="text-2xl font-semibold wrap-anywhere">
              {profile.name}
              {profile.pronouns && (
                <span className="text-muted ml-2 text-sm font-normal">({profile.pronouns})</span>
              )}
            </h1>
            {profile.headline && <p className="wrap-anywhere">{profile.headline}</p>}
            <ul className="text-muted flex flex-col gap-1 text-sm">
              {profile.currentPosition && (
                <li className="flex items-center gap-1.5">
                  <BriefcaseBusiness aria-hidden className="size-4 shrink-0" />
                  <span className="wrap-anywhere">
                    {profile.currentPosition.title} · {profile.currentPosition.companyName}
                  </span>
                </li>
              )}
              {(place || profile.industry) && (
                <li className="flex items-center gap-1.5">
                  <MapPin aria-hidden className="size-4 shrink-0" />
                  <span className="wrap-anywhere">
                    {[place, profile.industry && tIndustry(profile.industry as never)]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </li>
              )}
              <li className="flex items-center gap-1.5" data-testid="network-counts">
                <UsersRound aria-hidden className="size-4 shrink-0" />
                {profile.isSelf ? (
                  <Link href="/network/connections" className="text-primary font-semibold hover:underline">
                    {tNetwork("connectionsCount", { count: counts.connections })}
                  </Link>
                ) : (
                  <span className="text-foreground font-semibold">
                    {tNetwork("connectionsCount", { count: counts.connections })}
                  </span>
                )}
                <span aria-hidden>·</span>
                <span>{tNetwork("followersCount", { count: counts.followers })}</span>
              </li>
            </ul>
          </div>
          <div className="flex flex-wrap gap-2">
            {profile.isSelf && (
              <Button asChild size="sm">
                <Link href="/me/profile">
                  <Pencil aria-hidden className="size-4" />
                  {t("editProfile")}
                </Link>
              </Button>
            )}
            {profile.audience === "anonymous" && (
              <Button asChild size="sm">
                <Link href={`/sign-in?callbackUrl=/in/${profile.handle}`}>
                  <UserPlus aria-hidden className="size-4" />
                  {t("signInToConnect")}
                </Link>
              </Button>
            )}
            <Button asChild size="sm" variant="outline">
              <Link href={`/in/${profile.handle}/card`}>
                <IdCard aria-hidden className="size-4" />
                {t("businessCard")}
              </Link>
            </Button>
          </div>
        </div>
        {profile.audience !== "anonymous" && !profile.isSelf && (
          <>
            <RelationshipActions handle={profile.handle} name={profile.name} />
            <noscript>
              <a
                href={`/in/${profile.handle}/connect`}
                className="text-primary text-sm font-semibold underline"
              >
                {tNetwork("withoutScripts", { name: profile.name })}
              </a>
            </noscript>
          </>
        )}
        {profile.openToWork && (
          <div className="bg-success-surface text-foreground rounded-md px-4 py-3 text-sm">
            <p className="text-success font-semibold">{t("openToWork")}</p>
            {profile.openToWork.titles.length > 0 && (
              <p>{t("openToWorkRoles", { titles: profile.openToWork.titles.join(" · ") })}</p>
            )}
            {profile.openToWork.workplaces.length > 0 && (
              <p className="text-muted">
                {[
                  ...profile.openToWork.workplaces.map((w) => t(`workplace.${w}`)),
                  ...profile.openToWork.locations,
                ].join(" · ")}
              </p>
            )}
            {profile.isSelf && profile.openToWork.audience === "recruiters" && (
              <p className="text-muted text-xs">{t("openToWorkOnlyRecruiters")}</p>
            )}
          </div>
        )}
      </div>
    </Card>
  );
}
