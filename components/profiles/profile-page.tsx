import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/core/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ProfileReader } from "@/lib/profiles/audience";
import { getProfile, type ProfileForViewer } from "@/lib/profiles/get-profile";
import { personJsonLd, scriptJson } from "@/lib/profiles/person-json-ld";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RecommendPanel } from "@/components/network/recommend-panel";
import { RelationshipProvider } from "@/components/network/use-relationship";
import { Alert } from "@/components/ui/alert";
import { CertificationsSection, EducationSection, ExperienceSection } from "./career-sections";
import { AccomplishmentsSection, InterestsSection } from "./accomplishments-section";
import { CompletenessMeter } from "./completeness-meter";
import { ContactCard } from "./contact-card";
import { MarkdownText } from "./markdown-text";
import { ProfileRecruiterPanel } from "@/components/recruiter/profile-recruiter-panel";
import { ProfileHeader } from "./profile-header";
import { ProfileSection } from "./profile-section";
import { ProfileViewBeacon } from "./profile-view-beacon";
import { ProfileViewsSummary } from "./profile-views-summary";
import { RecommendationsSection } from "./recommendations-section";
import { LanguagesSection, SkillsSection } from "./skills-and-languages";

/** The profile at /in/<handle> as the reader may see it, or the not-found page. */
export async function findProfileOr404(reader: ProfileReader, handleParam: string) {
  try {
    return await getProfile(reader, decodeURIComponent(handleParam));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function profileMetadata(profile: ProfileForViewer): Promise<Metadata> {
  const t = await getTranslations("profile");
  const url = `${env().APP_URL}/in/${profile.handle}`;
  const title = profile.headline
    ? t("metaTitle", { name: profile.name, headline: profile.headline })
    : profile.name;
  const description = profile.headline || t("metaDescription", { name: profile.name });
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "profile",
      url,
      title,
      description,
      ...(profile.avatar && {
        images: [{ url: `${env().APP_URL}${profile.avatar.lg}`, width: 400, height: 400 }],
      }),
    },
    twitter: { card: "summary" },
  };
}

/** /in/<handle>: the same page for members (rendered per request) and anonymous visitors (from the cache). */
export async function ProfilePage({
  profile,
  viewer,
  setRecommendationHidden,
}: {
  profile: ProfileForViewer;
  viewer: Viewer | null;
  setRecommendationHidden?: (id: string, isHidden: boolean) => Promise<void>;
}) {
  const t = await getTranslations("profile");
  const isSignInWorthIt = profile.audience === "anonymous" && profile.isPartial;
  const isMemberLooking = profile.audience !== "anonymous" && !profile.isSelf;
  const mainColumn = (
    <div className="flex min-w-0 flex-col gap-4">
      <ProfileHeader profile={profile} />
      {isSignInWorthIt && (
        <Alert tone="info">
          {t("signInToSeeMore", { name: profile.name })}{" "}
          <Link href={`/sign-in?callbackUrl=/in/${profile.handle}`} className="font-semibold underline">
            {t("signIn")}
          </Link>
        </Alert>
      )}
      {profile.about && (
        <ProfileSection id="about" title={t("about")}>
          <MarkdownText>{profile.about}</MarkdownText>
        </ProfileSection>
      )}
      {!!profile.positions?.length && <ExperienceSection positions={profile.positions} />}
      {!!profile.education?.length && <EducationSection education={profile.education} />}
      {!!profile.skills?.length && <SkillsSection skills={profile.skills} handle={profile.handle} />}
      {!!profile.certifications?.length && <CertificationsSection certifications={profile.certifications} />}
      {!!profile.projects?.length && <AccomplishmentsSection kind="project" items={profile.projects} />}
      {!!profile.volunteering?.length && (
        <AccomplishmentsSection kind="volunteering" items={profile.volunteering} />
      )}
      {!!profile.honors?.length && <AccomplishmentsSection kind="honor" items={profile.honors} />}
      {!!profile.publications?.length && (
        <AccomplishmentsSection kind="publication" items={profile.publications} />
      )}
      {profile.recommendations.length > 0 && (
        <RecommendationsSection profile={profile} setHidden={setRecommendationHidden} />
      )}
      {isMemberLooking && <RecommendPanel name={profile.name} />}
    </div>
  );
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: scriptJson(personJsonLd(profile, env().APP_URL)) }}
      />
      {!profile.isSelf && <ProfileViewBeacon handle={profile.handle} />}
      {isMemberLooking ? (
        // the buttons for connections (connect, endorse, recommend) share one relationship, loaded in the browser
        <ClientMessages namespaces={["network"]}>
          <RelationshipProvider handle={profile.handle}>{mainColumn}</RelationshipProvider>
        </ClientMessages>
      ) : (
        mainColumn
      )}
      <aside className="flex min-w-0 flex-col gap-4">
        {profile.isSelf && <CompletenessMeter profile={profile} />}
        {isMemberLooking && (
          <ClientMessages namespaces={["recruiter"]}>
            <ProfileRecruiterPanel handle={profile.handle} />
          </ClientMessages>
        )}
        {profile.isSelf && viewer && <ProfileViewsSummary viewer={viewer} />}
        {profile.hasContact && <ContactCard contact={profile.contact} />}
        {!!profile.languages?.length && <LanguagesSection languages={profile.languages} />}
        {!!profile.interests?.length && <InterestsSection interests={profile.interests} />}
      </aside>
    </div>
  );
}
