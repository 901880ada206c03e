import { CircleCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { profileCompleteness } from "@/lib/profiles/completeness";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import { ProfileSection } from "./profile-section";

// where on the edit page each step is done, when its section has another name
const ANCHOR: Partial<Record<string, string>> = { industry: "headline" };

/** The owner's meter: how complete the profile is and the next three things to add. */
export async function CompletenessMeter({ profile }: { profile: ProfileForViewer }) {
  const t = await getTranslations("profile.completeness");
  const { percent, missing } = profileCompleteness({
    hasPhoto: !!profile.avatar,
    headline: profile.headline,
    about: profile.about ?? "",
    city: profile.location?.city ?? null,
    country: profile.location?.country ?? null,
    industry: profile.industry,
    positionCount: profile.positions?.length ?? 0,
    educationCount: profile.education?.length ?? 0,
    skillCount: profile.skills?.length ?? 0,
    languageCount: profile.languages?.length ?? 0,
    hasContact: profile.hasContact,
  });
  return (
    <ProfileSection id="completeness" title={t("title")}>
      <div className="flex flex-col gap-2">
        <div
          role="meter"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-label={t("title")}
          className="bg-surface-muted h-2.5 overflow-hidden rounded-full"
        >
          <div className="bg-primary h-full rounded-full" style={{ width: `${percent}%` }} />
        </div>
        <p className="text-sm font-semibold">{t("percent", { percent })}</p>
      </div>
      {missing.length ? (
        <div className="flex flex-col gap-1 text-sm">
          <p className="text-muted">{t("next")}</p>
          <ul className="flex flex-col gap-1">
            {missing.slice(0, 3).map((step) => (
              <li key={step}>
                <Link
                  href={`/me/profile#${ANCHOR[step] ?? step}`}
                  className="text-primary font-semibold hover:underline"
                >
                  {t(step)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-success flex items-center gap-2 text-sm">
          <CircleCheck aria-hidden className="size-4" />
          {t("done")}
        </p>
      )}
    </ProfileSection>
  );
}
