import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { stepBefore, type OnboardingStepName } from "@/lib/onboarding/steps";

/**
 * The foot of a step: Back, Skip (or Continue where the step saves as it goes) and "skip the rest" — plain
 * forms, so they work before the page's scripts load.
 */
export async function StepActions({
  step,
  advance,
  finish,
  isSavedAsYouGo = false,
  children,
}: {
  step: OnboardingStepName;
  advance: () => Promise<void>;
  finish: () => Promise<void>;
  /** the step's own buttons save (connect, follow, upload): its main button just goes on */
  isSavedAsYouGo?: boolean;
  children?: ReactNode;
}) {
  const t = await getTranslations("onboarding");
  const before = stepBefore(step);
  const isLast = step === "follow";
  return (
    <div className="border-border flex flex-wrap items-center gap-2 border-t pt-4">
      {before && (
        <Button asChild variant="ghost" size="sm">
          <Link href={`/welcome?step=${before}`}>{t("back")}</Link>
        </Button>
      )}
      <span className="grow" />
      {!isLast && (
        <form action={finish}>
          <Button type="submit" variant="ghost" size="sm">
            {t("skipRest")}
          </Button>
        </form>
      )}
      {children}
      <form action={advance}>
        <Button type="submit" variant={isSavedAsYouGo ? "primary" : "outline"} size="sm">
          {isSavedAsYouGo ? (isLast ? t("finish") : t("continue")) : t("skip")}
        </Button>
      </form>
    </div>
  );
}
