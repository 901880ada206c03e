import { Check, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** Follow / Following as a form: the page renders again with the new state, with or without scripts. */
export async function FollowForm({
  toggle,
  isFollowing,
  label,
}: {
  toggle: () => Promise<void>;
  isFollowing: boolean;
  /** what is followed, for screen readers ("Follow #AI") */
  label: string;
}) {
  const t = await getTranslations("onboarding");
  return (
    <form action={toggle}>
      <Button
        type="submit"
        size="sm"
        variant={isFollowing ? "ghost" : "outline"}
        aria-label={isFollowing ? t("unfollowLabel", { name: label }) : t("followLabel", { name: label })}
        aria-pressed={isFollowing}
      >
        {isFollowing ? <Check aria-hidden className="size-4" /> : <Plus aria-hidden className="size-4" />}
        {isFollowing ? t("following") : t("follow")}
      </Button>
    </form>
  );
}
