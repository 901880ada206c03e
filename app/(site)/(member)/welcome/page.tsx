import { Hash } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { companyName } from "@/lib/companies/names";
import { requireViewer } from "@/lib/core/viewer";
import { countryOptions } from "@/lib/i18n/country-options";
import { listSeparator } from "@/lib/i18n/separators";
import { maxLengthsOf } from "@/lib/forms/fields";
import { TYPING_GUARD_LENGTH } from "@/lib/forms/limits";
import { AboutStepSchema } from "@/lib/onboarding/schemas";
import { listSuggestions } from "@/lib/network/suggestions";
import { getOnboarding, type Onboarding } from "@/lib/onboarding/get-onboarding";
import { suggestedSkills } from "@/lib/onboarding/suggested-skills";
import { isOnboardingStep, type OnboardingStepName } from "@/lib/onboarding/steps";
import { thingsToFollow } from "@/lib/onboarding/things-to-follow";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CompanyLogo } from "@/components/companies/company-logo";
import { SuggestionCard } from "@/components/network/suggestion-card";
import { FollowForm } from "@/components/onboarding/follow-form";
import { OnboardingProgress } from "@/components/onboarding/onboarding-progress";
import { StepActions } from "@/components/onboarding/step-actions";
import { ImageUploadForm } from "@/components/profiles/edit/image-upload-form";
import { ProfileForm } from "@/components/profiles/edit/profile-form";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import {
  advanceAction,
  finishAction,
  saveAboutAction,
  saveSkillsAction,
  toggleFollowAction,
  uploadPhotoAction,
} from "./actions";

const ABOUT = maxLengthsOf(AboutStepSchema);

export async function generateMetadata() {
  return { title: (await getTranslations("onboarding"))("title") };
}

/**
 * The guided start after sign-up: about you, photo, skills, people, what to follow. Each step can be skipped;
 * the member comes back to the step they left (or any step through the row at the top).
 */
export default async function WelcomePage({ searchParams }: { searchParams: Promise<{ step?: string }> }) {
  const viewer = await requireViewer("/welcome");
  const [{ step: asked }, onboarding, t] = await Promise.all([
    searchParams,
    getOnboarding(viewer),
    getTranslations("onboarding"),
  ]);
  const step: OnboardingStepName = isOnboardingStep(asked) ? asked : (onboarding.step ?? "about");
  const actions = { advance: advanceAction.bind(null, step), finish: finishAction };
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <Card className="flex flex-col gap-5">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">{t("heading", { name: onboarding.name })}</h1>
          <p className="text-muted text-sm">{t("intro")}</p>
        </div>
        <OnboardingProgress shown={step} reached={onboarding.step} />
      </Card>
      <Card className="flex flex-col gap-5" aria-labelledby="step-title">
        <div className="flex flex-col gap-1">
          <h2 id="step-title" className="text-lg font-semibold">
            {t(`titles.${step}`)}
          </h2>
          <p className="text-muted text-sm">{t(`why.${step}`)}</p>
        </div>
        {step === "about" && <AboutStep onboarding={onboarding} />}
        {step === "photo" && <PhotoStep onboarding={onboarding} />}
        {step === "skills" && <SkillsStep viewerId={viewer.id} onboarding={onboarding} />}
        {step === "people" && <PeopleStep viewer={viewer} />}
        {step === "follow" && <FollowStep viewerId={viewer.id} />}
        <StepActions
          step={step}
          {...actions}
          isSavedAsYouGo={step === "people" || step === "follow" || (step === "photo" && !!onboarding.avatar)}
        />
      </Card>
    </div>
  );
}

async function AboutStep({ onboarding }: { onboarding: Onboarding }) {
  const [t, locale] = await Promise.all([getTranslations("onboarding"), getLocale()]);
  const { about, employer } = onboarding;
  return (
    <div className="flex flex-col gap-4">
      {employer && (
        <p
          className="bg-surface-muted flex items-center gap-3 rounded-md p-3 text-sm"
          data-testid="employer-page"
        >
          <CompanyLogo name={companyName(employer, locale)} src={employer.logo} className="size-10" />
          <span>
            {t.rich("employerPage", {
              company: companyName(employer, locale),
              link: (text) => (
                <Link
                  href={`/company/${employer.slug}`}
                  className="text-primary font-semibold hover:underline"
                >
                  {text}
                </Link>
              ),
            })}
          </span>
        </p>
      )}
      <ProfileForm
        idPrefix="about"
        action={saveAboutAction}
        submitLabel={t("saveAndContinue")}
        fields={[
          {
            name: "title",
            label: t("fields.title"),
            defaultValue: about.title,
            maxLength: ABOUT.title,
            isHalf: true,
          },
          {
            name: "companyName",
            label: t("fields.company"),
            defaultValue: about.companyName,
            maxLength: ABOUT.companyName,
            isHalf: true,
          },
          {
            name: "startDate",
            label: t("fields.startDate"),
            hint: t("fields.startDateHint"),
            type: "month",
            defaultValue: about.startDate,
            isHalf: true,
          },
          {
            name: "school",
            label: t("fields.school"),
            defaultValue: about.school,
            maxLength: ABOUT.school,
            isHalf: true,
          },
          {
            name: "country",
            label: t("fields.country"),
            type: "select",
            defaultValue: about.country || (locale.startsWith("zh") ? "CN" : ""),
            options: [{ value: "", label: t("fields.noCountry") }, ...countryOptions(locale)],
            isHalf: true,
          },
          {
            name: "city",
            label: t("fields.city"),
            defaultValue: about.city,
            maxLength: ABOUT.city,
            isHalf: true,
          },
          {
            name: "isEmployeeClaimed",
            label: t("fields.claimEmployee"),
            hint: t("fields.claimEmployeeHint"),
            type: "checkbox",
            defaultValue: "on",
          },
        ]}
      />
    </div>
  );
}

async function PhotoStep({ onboarding }: { onboarding: Onboarding }) {
  const t = await getTranslations("onboarding");
  return (
    <div className="flex flex-col items-start gap-5 sm:flex-row">
      <Avatar name={onboarding.name} src={onboarding.avatar?.lg} className="size-28 text-4xl" />
      <ClientMessages namespaces={["profileEdit"]}>
        <ImageUploadForm
          id="welcome-photo"
          label={t("fields.photo")}
          action={uploadPhotoAction}
          aspect={1}
          isRound
        />
      </ClientMessages>
    </div>
  );
}

async function SkillsStep({ viewerId, onboarding }: { viewerId: string; onboarding: Onboarding }) {
  const [t, locale] = await Promise.all([getTranslations("onboarding"), getLocale()]);
  const offered = await suggestedSkills(viewerId, onboarding.about.title, onboarding.skills);
  return (
    <div className="flex flex-col gap-3">
      {onboarding.skills.length > 0 && (
        <p className="text-muted text-sm" data-testid="listed-skills">
          {t("skillsListed", { skills: onboarding.skills.join(listSeparator(locale)) })}
        </p>
      )}
      <ProfileForm
        idPrefix="skills"
        action={saveSkillsAction}
        submitLabel={t("saveAndContinue")}
        fields={[
          ...(offered.length
            ? [
                {
                  name: "skills",
                  label: t("fields.suggestedSkills"),
                  type: "checkboxes" as const,
                  options: offered.map((name) => ({ value: name, label: name })),
                },
              ]
            : []),
          {
            name: "skills",
            label: t("fields.otherSkills"),
            hint: t("fields.otherSkillsHint"),
            maxLength: TYPING_GUARD_LENGTH,
          },
        ]}
      />
    </div>
  );
}

async function PeopleStep({ viewer }: { viewer: { id: string } }) {
  const t = await getTranslations("onboarding");
  const { items } = await listSuggestions(viewer, { limit: 9 });
  if (!items.length) return <p className="text-muted text-sm">{t("noPeople")}</p>;
  return (
    <ClientMessages namespaces={["network"]}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="welcome-people">
        {items.map((suggestion) => (
          <SuggestionCard key={suggestion.person.id} suggestion={suggestion} />
        ))}
      </ul>
    </ClientMessages>
  );
}

async function FollowStep({ viewerId }: { viewerId: string }) {
  const [t, ti, locale, format] = await Promise.all([
    getTranslations("onboarding"),
    getTranslations("industries"),
    getLocale(),
    getFormatter(),
  ]);
  const { hashtags, companies } = await thingsToFollow(viewerId);
  return (
    <div className="flex flex-col gap-6">
      <section className="flex flex-col gap-2" aria-labelledby="follow-companies">
        <h3 id="follow-companies" className="font-semibold">
          {t("companies")}
        </h3>
        <ul className="divide-border flex flex-col divide-y" data-testid="welcome-companies">
          {companies.map((company) => {
            const name = companyName(company, locale);
            return (
              <li key={company.slug} className="flex items-center gap-3 py-2">
                <CompanyLogo name={name} src={company.logo} className="size-10" />
                <div className="min-w-0 grow">
                  <Link
                    href={`/company/${company.slug}`}
                    className="font-semibold wrap-anywhere hover:underline"
                  >
                    {name}
                  </Link>
                  <p className="text-muted text-xs">
                    {[
                      company.isOwn && t("yourCompany"),
                      company.industry && ti(company.industry),
                      t("followers", {
                        count: company.followerCount,
                        formatted: format.number(company.followerCount),
                      }),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
                <FollowForm
                  toggle={toggleFollowAction.bind(null, "company", company.slug, company.isFollowing)}
                  isFollowing={company.isFollowing}
                  label={name}
                />
              </li>
            );
          })}
        </ul>
      </section>
      {hashtags.length > 0 && (
        <section className="flex flex-col gap-2" aria-labelledby="follow-hashtags">
          <h3 id="follow-hashtags" className="font-semibold">
            {t("hashtags")}
          </h3>
          <ul className="grid gap-2 sm:grid-cols-2" data-testid="welcome-hashtags">
            {hashtags.map((tag) => (
              <li
                key={tag.name}
                className="border-border flex items-center gap-2 rounded-md border px-3 py-2"
              >
                <Hash aria-hidden className="text-muted size-4 shrink-0" />
                <div className="min-w-0 grow">
                  <Link
                    href={`/feed/hashtag/${encodeURIComponent(tag.name)}`}
                    className="font-semibold break-all hover:underline"
                  >
                    {tag.name}
                  </Link>
                  <p className="text-muted text-xs">{t("hashtagPosts", { count: tag.postCount })}</p>
                </div>
                <FollowForm
                  toggle={toggleFollowAction.bind(null, "hashtag", tag.name, tag.isFollowing)}
                  isFollowing={tag.isFollowing}
                  label={`#${tag.name}`}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
