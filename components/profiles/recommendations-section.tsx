import { EyeOff } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { ProfileSection } from "./profile-section";

/** What connections wrote about the member; the member sees hidden ones marked, with a way to show them again. */
export async function RecommendationsSection({
  profile,
  setHidden,
}: {
  profile: ProfileForViewer;
  /** the owner's server action (app/(site)/(member)/me/profile/actions.ts) */
  setHidden?: (id: string, isHidden: boolean) => Promise<void>;
}) {
  const [t, format] = await Promise.all([getTranslations("profile"), getFormatter()]);
  return (
    <ProfileSection id="recommendations" title={t("recommendations")}>
      <ul className="divide-border flex flex-col divide-y">
        {profile.recommendations.map((r) => (
          <li key={r.id} className="flex gap-3 py-3 first:pt-0 last:pb-0">
            <Avatar name={r.author.name} />
            <div className="flex min-w-0 flex-col gap-1 text-sm">
              {r.author.handle ? (
                <Link href={`/in/${r.author.handle}`} className="font-semibold hover:underline">
                  {r.author.name}
                </Link>
              ) : (
                <span className="font-semibold">{r.author.name}</span>
              )}
              <p className="text-muted text-xs">
                {[r.author.headline, r.relationship, format.dateTime(r.createdAt, { dateStyle: "medium" })]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <p className="wrap-anywhere whitespace-pre-line">{r.body}</p>
              {profile.isSelf && setHidden && (
                <form action={setHidden.bind(null, r.id, !r.isHidden)} className="flex items-center gap-2">
                  {r.isHidden && (
                    <span className="text-muted inline-flex items-center gap-1 text-xs">
                      <EyeOff aria-hidden className="size-3.5" />
                      {t("hiddenFromOthers")}
                    </span>
                  )}
                  <Button type="submit" variant="ghost" size="sm">
                    {r.isHidden ? t("show") : t("hide")}
                  </Button>
                </form>
              )}
            </div>
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}
