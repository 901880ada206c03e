import type { ProfileForViewer } from "./get-profile";

/** schema.org Person for the profile page, from what the page shows (so nothing hidden leaks into it). */
export function personJsonLd(profile: ProfileForViewer, appUrl: string) {
  const url = `${appUrl}/in/${profile.handle}`;
  const current = profile.currentPosition;
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": url,
    url,
    name: profile.name,
    ...(profile.headline && { description: profile.headline }),
    ...(profile.avatar && { image: `${appUrl}${profile.avatar.lg}` }),
    ...(current && {
      jobTitle: current.title,
      worksFor: { "@type": "Organization", name: current.companyName },
    }),
    ...(profile.location && {
      address: {
        "@type": "PostalAddress",
        ...(profile.location.city && { addressLocality: profile.location.city }),
        ...(profile.location.region && { addressRegion: profile.location.region }),
        ...(profile.location.country && { addressCountry: profile.location.country }),
      },
    }),
    ...(profile.education?.length && {
      alumniOf: profile.education.map((e) => ({ "@type": "EducationalOrganization", name: e.school })),
    }),
    ...(profile.skills?.length && { knowsAbout: profile.skills.map((s) => s.name) }),
    ...(profile.languages?.length && { knowsLanguage: profile.languages.map((l) => l.name) }),
    ...(profile.contact.email && { email: profile.contact.email }),
    ...(profile.contact.website && { sameAs: [profile.contact.website] }),
  };
}

/** JSON for a <script> element: "<" escaped so no value can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
