import { Check } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { cn } from "@/components/ui/cn";
import { ONBOARDING_STEPS, type OnboardingStepName } from "@/lib/onboarding/steps";

/** The guide's steps as a row of numbered links: done ones ticked, the one shown marked as current. */
export async function OnboardingProgress({
  shown,
  reached,
}: {
  shown: OnboardingStepName;
  /** the step the member's guide is at (null: finished, so every step counts as done) */
  reached: OnboardingStepName | null;
}) {
  const t = await getTranslations("onboarding");
  const reachedAt = reached ? ONBOARDING_STEPS.indexOf(reached) : ONBOARDING_STEPS.length;
  return (
    <nav aria-label={t("stepsLabel")}>
      <p className="text-muted mb-2 text-sm">
        {t("stepOf", { number: ONBOARDING_STEPS.indexOf(shown) + 1, count: ONBOARDING_STEPS.length })}
      </p>
      <ol className="grid grid-cols-5 gap-1.5">
        {ONBOARDING_STEPS.map((step, index) => {
          const isDone = index < reachedAt && step !== shown;
          return (
            <li key={step} className="min-w-0">
              <Link
                href={`/welcome?step=${step}`}
                aria-current={step === shown ? "step" : undefined}
                className={cn(
                  "flex flex-col gap-1.5 text-xs hover:underline",
                  step === shown ? "text-primary font-semibold" : "text-muted",
                )}
              >
                <span
                  className={cn(
                    "h-1.5 rounded-full",
                    step === shown ? "bg-primary" : isDone ? "bg-primary/50" : "bg-surface-muted",
                  )}
                />
                <span className="sr-only items-center gap-1 truncate sm:not-sr-only sm:flex">
                  {isDone && <Check aria-hidden className="size-3 shrink-0" />}
                  <span className="truncate">{t(`steps.${step}`)}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
