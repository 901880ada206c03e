import { companyName } from "@/lib/companies/names";
import { descriptionHtml } from "./description-html";
import type { JobPage } from "./get-job";

const EMPLOYMENT_TYPES: Record<string, string> = {
  full_time: "FULL_TIME",
  part_time: "PART_TIME",
  contract: "CONTRACTOR",
  freelance: "CONTRACTOR",
  self_employed: "CONTRACTOR",
  internship: "INTERN",
  apprenticeship: "INTERN",
  seasonal: "TEMPORARY",
};
const UNIT_TEXT = { hour: "HOUR", day: "DAY", month: "MONTH", year: "YEAR" } as const;

// schema.org's credential categories (Google reads these); "none" says so with experienceInPlaceOfEducation
const CREDENTIAL_OF = {
  high_school: "high school",
  associate: "associate degree",
  bachelor: "bachelor degree",
  master: "postgraduate degree",
  doctorate: "postgraduate degree",
} as const;

/**
 * schema.org JobPosting for Google's job search: every property it requires (title, description, datePosted,
 * hiringOrganization, jobLocation — or TELECOMMUTE with the countries a remote job accepts — validThrough) and
 * baseSalary when the job gives one.
 */
export function jobPostingJsonLd(job: JobPage, locale: string, appUrl: string) {
  const isRemote = job.workplace === "remote";
  const company = job.company;
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: descriptionHtml(job.description),
    datePosted: job.publishedAt ?? job.createdAt,
    validThrough: job.expiresAt,
    employmentType: EMPLOYMENT_TYPES[job.employmentType] ?? "OTHER",
    identifier: { "@type": "PropertyValue", name: companyName(company, locale), value: job.id },
    url: `${appUrl}/jobs/${job.id}`,
    directApply: job.applyUrl === null,
    hiringOrganization: {
      "@type": "Organization",
      name: companyName(company, locale),
      sameAs: company.website ?? `${appUrl}/company/${company.slug}`,
      ...(company.logo && { logo: `${appUrl}${company.logo.lg}` }),
    },
    ...(isRemote
      ? {
          jobLocationType: "TELECOMMUTE",
          applicantLocationRequirements: (job.remoteCountries.length
            ? job.remoteCountries
            : ["Worldwide"]
          ).map((name) => ({ "@type": name === "Worldwide" ? "AdministrativeArea" : "Country", name })),
        }
      : {}),
    ...((!isRemote || job.city) && {
      jobLocation: {
        "@type": "Place",
        address: {
          "@type": "PostalAddress",
          ...(job.city && { addressLocality: job.city }),
          ...(job.region && { addressRegion: job.region }),
          ...(job.country && { addressCountry: job.country }),
        },
      },
    }),
    ...(job.salary && {
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: job.salary.currency,
        value: {
          "@type": "QuantitativeValue",
          ...(job.salary.min !== null && { minValue: job.salary.min }),
          ...(job.salary.max !== null && { maxValue: job.salary.max }),
          unitText: UNIT_TEXT[job.salary.period as keyof typeof UNIT_TEXT],
        },
      },
    }),
    ...(job.education &&
      (job.education === "none"
        ? { educationRequirements: "no requirements" }
        : {
            educationRequirements: {
              "@type": "EducationalOccupationalCredential",
              credentialCategory: CREDENTIAL_OF[job.education],
            },
          })),
    ...(job.requiredSkills.length && { skills: job.requiredSkills.join(", ") }),
  };
}
