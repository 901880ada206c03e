"use server";
import { cropFromForm } from "@/lib/media/crop";
import { runFormAction } from "@/lib/api/form-action";
import { followCompany, unfollowCompany } from "@/lib/companies/follows";
import { requireViewer } from "@/lib/core/viewer";
import { followHashtag, unfollowHashtag } from "@/lib/feed/hashtags";
import { formListValues } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import {
  advanceOnboarding,
  finishOnboarding,
  saveAboutStep,
  saveSkillsStep,
} from "@/lib/onboarding/save-onboarding";
import type { OnboardingStepName } from "@/lib/onboarding/steps";
import { ownHandle } from "@/lib/profiles/profile-owner";
import { setProfileImage } from "@/lib/profiles/set-profile-image";

const WELCOME = "/welcome";
const pageOf = (step: OnboardingStepName | null) => (step ? `${WELCOME}?step=${step}` : "/feed");

/** The first step's form: saves what was typed and goes on to the photo. */
export async function saveAboutAction(_state: FormState, formData: FormData) {
  return runFormAction(formData, async ({ values }) => {
    const viewer = await requireViewer(WELCOME);
    return { redirect: pageOf(await saveAboutStep(viewer, values)) };
  });
}

export async function saveSkillsAction(_state: FormState, formData: FormData) {
  return runFormAction(
    formData,
    async ({ values }) => {
      const viewer = await requireViewer(WELCOME);
      return { redirect: pageOf(await saveSkillsStep(viewer, values)) };
    },
    { readValues: formListValues },
  );
}

export async function uploadPhotoAction(_state: FormState, formData: FormData) {
  return runFormAction(formData, async () => {
    const viewer = await requireViewer(WELCOME);
    await setProfileImage(
      viewer,
      await ownHandle(viewer),
      "avatar",
      formData.get("image"),
      cropFromForm(formData),
    );
    return { revalidate: WELCOME };
  });
}

/** "Continue" and "Skip": the next step (or the feed after the last). */
export async function advanceAction(step: OnboardingStepName) {
  await runFormAction(undefined, async () => {
    const viewer = await requireViewer(WELCOME);
    return { redirect: pageOf(await advanceOnboarding(viewer, { step })) };
  });
}

/** "Skip the rest". */
export async function finishAction() {
  await runFormAction(undefined, async () => {
    await finishOnboarding(await requireViewer(WELCOME));
    return { redirect: "/feed" };
  });
}

/** A Follow / Following button of the last step, as a form that works before the page's scripts load. */
export async function toggleFollowAction(kind: "hashtag" | "company", ref: string, isFollowing: boolean) {
  await runFormAction(undefined, async () => {
    const viewer = await requireViewer(WELCOME);
    if (kind === "hashtag") await (isFollowing ? unfollowHashtag : followHashtag)(viewer, { tag: ref });
    else await (isFollowing ? unfollowCompany : followCompany)(viewer, { slug: ref });
    return { revalidate: WELCOME };
  });
}
