import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { clientIp } from "@/lib/auth/request-context";
import { log } from "@/lib/log";
import { recordProfileView } from "@/lib/profiles/record-profile-view";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getProfile } from "@/lib/profiles/get-profile";
import { personJsonLd, scriptJson } from "@/lib/profiles/person-json-ld";
import {
  CertificationsSection,
  EducationSection,
  ExperienceSection,
} from "@/components/profiles/career-sections";
import { CompletenessMeter } from "@/components/profiles/completeness-meter";
import { ContactCard } from "@/components/profiles/contact-card";
import { ProfileViewsSummary } from "@/components/profiles/profile-views-summary";
import { MarkdownText } from "@/components/profiles/markdown-text";
import { ProfileHeader } from "@/components/profiles/profile-header";
import { ProfileSection } from "@/components/profiles/profile-section";
import { RecommendationsSection } from "@/components/profiles/recommendations-section";
import { LanguagesSection, SkillsSection } from "@/components/profiles/skills-and-languages";
import { Alert } from "@/components/ui/alert";

type Props = { params: Promise<{ handle: string }> };

async function load({ params }: Props) {
  const { handle } = await params;
  try {
    return await getProfile(await getViewer(), decodeURIComponent(handle));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [profile, t] = await Promise.all([load(props), getTranslations("profile")]);
  const appUrl = env().APP_URL;
  const title = profile.headline
    ? t("metaTitle", { name: profile.name, headline: profile.headline })
    : profile.name;
  const description = profile.headline || t("metaDescription", { name: profile.name });
  return {
    title,
    description,
    alternates: { canonical: `${appUrl}/in/${profile.handle}` },
    openGraph: {
      type: "profile",
      url: `${appUrl}/in/${profile.handle}`,
      title,
      description,
      ...(profile.avatar && { images: [{ url: `${appUrl}${profile.avatar.lg}`, width: 400, height: 400 }] }),
    },
    twitter: { card: "summary" },
  };
}

export default async function ProfilePage(props: Props) {
  const [profile, t, viewer, requestHeaders] = await Promise.all([
    load(props),
    getTranslations("profile"),
    getViewer(),
    headers(),
  ]);
  const isSignInWorthIt = profile.audience === "anonymous" && profile.isPartial;
  // counted after the response is sent: a visit never waits for it
  after(() =>
    recordProfileView(profile.userId, viewer, {
      ip: clientIp(requestHeaders),
      userAgent: requestHeaders.get("user-agent"),
    }).catch((err) => log.warn({ err }, "profile view not recorded")),
  );
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: scriptJson(personJsonLd(profile, env().APP_URL)) }}
      />
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
        {!!profile.skills?.length && <SkillsSection skills={profile.skills} />}
        {!!profile.certifications?.length && (
          <CertificationsSection certifications={profile.certifications} />
        )}
        {profile.recommendations.length > 0 && <RecommendationsSection profile={profile} />}
      </div>
      <aside className="flex min-w-0 flex-col gap-4">
        {profile.isSelf && <CompletenessMeter profile={profile} />}
        {profile.isSelf && <ProfileViewsSummary viewer={viewer!} />}
        {profile.hasContact && <ContactCard contact={profile.contact} />}
        {!!profile.languages?.length && <LanguagesSection languages={profile.languages} />}
      </aside>
    </div>
  );
}
