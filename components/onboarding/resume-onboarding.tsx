import { Sparkles } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ONBOARDING_STEPS, type OnboardingStepName } from "@/lib/onboarding/steps";

/** The feed's reminder of an unfinished guided start, with the step it resumes at. */
export async function ResumeOnboarding({ step }: { step: OnboardingStepName }) {
  const t = await getTranslations("onboarding");
  return (
    <Card className="flex items-start gap-3 p-4 sm:p-4" data-testid="resume-onboarding">
      <Sparkles aria-hidden className="text-primary mt-0.5 size-5 shrink-0" />
      <div className="flex min-w-0 grow flex-col gap-1">
        <h2 className="font-semibold">{t("resumeTitle")}</h2>
        <p className="text-muted text-sm">
          {t("resumeBody", {
            number: ONBOARDING_STEPS.indexOf(step) + 1,
            count: ONBOARDING_STEPS.length,
            step: t(`steps.${step}`),
          })}
        </p>
      </div>
      <Button asChild size="sm">
        <Link href={`/welcome?step=${step}`}>{t("resume")}</Link>
      </Button>
    </Card>
  );
}
