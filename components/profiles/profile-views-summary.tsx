import { Eye } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/core/viewer";
import { countProfileViews } from "@/lib/profiles/get-profile-views";
import { ProfileSection } from "./profile-section";

/** The owner's count of profile views in the last 90 days, with the way to the full list. */
export async function ProfileViewsSummary({ viewer }: { viewer: Viewer }) {
  const [count, t] = await Promise.all([countProfileViews(viewer), getTranslations("profileViews")]);
  return (
    <ProfileSection id="views" title={t("title")}>
      <p className="flex items-center gap-2 text-sm">
        <Eye aria-hidden className="text-muted size-4" />
        {t("summary", { count })}
      </p>
      <Link href="/me/views" className="text-primary self-start text-sm font-semibold hover:underline">
        {t("seeAll")}
      </Link>
    </ProfileSection>
  );
}
