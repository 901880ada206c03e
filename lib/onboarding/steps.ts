/** The guided start after sign-up, in order: each can be skipped, and the member resumes where they left. */
export const ONBOARDING_STEPS = ["about", "photo", "skills", "people", "follow"] as const;
export type OnboardingStepName = (typeof ONBOARDING_STEPS)[number];

/** The step after this one, or null after the last. */
export function stepAfter(step: OnboardingStepName): OnboardingStepName | null {
  return ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(step) + 1] ?? null;
}

export function isOnboardingStep(value: unknown): value is OnboardingStepName {
  return ONBOARDING_STEPS.includes(value as OnboardingStepName);
}

/** The step before this one, or null before the first. */
export function stepBefore(step: OnboardingStepName): OnboardingStepName | null {
  return ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(step) - 1] ?? null;
}
