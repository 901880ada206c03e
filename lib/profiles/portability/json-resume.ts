import { validate as validateResume } from "@jsonresume/schema";
import { AppError } from "@/lib/errors";
import { toMonthString } from "../dates";
import type { ProfileForViewer } from "../get-profile";
import { htmlToLine, htmlToMarkdown } from "./html-to-markdown";
import { compact, proficiencyOf, toMonth, toYear, type LeftOut, type ProfileImport } from "./profile-import";

const FLUENCY = {
  elementary: "Elementary proficiency",
  limited_working: "Limited working proficiency",
  professional_working: "Professional working proficiency",
  full_professional: "Full professional proficiency",
  native_or_bilingual: "Native or bilingual proficiency",
} as const;

type Resume = Record<string, unknown> & {
  basics?: Record<string, unknown> & { location?: Record<string, unknown> };
  work?: Record<string, unknown>[];
  education?: Record<string, unknown>[];
  certificates?: Record<string, unknown>[];
  languages?: Record<string, unknown>[];
  skills?: Record<string, unknown>[];
  meta?: Record<string, unknown> & { renmai?: { industry?: unknown } };
};

/** The member's whole profile as a JSON Resume (https://jsonresume.org/schema), for them to take anywhere. */
export function toJsonResume(profile: ProfileForViewer, appUrl: string): Resume {
  const url = `${appUrl}/in/${profile.handle}`;
  const description = (text: string | null | undefined) => text || undefined;
  return {
    $schema: "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    basics: compact({
      name: profile.name,
      label: profile.headline,
      image: profile.avatar ? `${appUrl}${profile.avatar.lg}` : undefined,
      email: profile.contact.email,
      phone: profile.contact.phone,
      url: profile.contact.website,
      summary: profile.about,
      location: profile.location
        ? compact({
            city: profile.location.city,
            region: profile.location.region,
            countryCode: profile.location.country,
          })
        : undefined,
      profiles: [
        { network: "Renmai", username: profile.handle, url },
        ...(profile.contact.wechatId ? [{ network: "WeChat", username: profile.contact.wechatId }] : []),
      ],
    }),
    work: (profile.positions ?? []).map((p) =>
      compact({
        name: p.companyName,
        position: p.title,
        location: p.location,
        startDate: toMonthString(p.startDate),
        endDate: p.endDate ? toMonthString(p.endDate) : undefined,
        summary: description(p.description),
      }),
    ),
    education: (profile.education ?? []).map((e) =>
      compact({
        institution: e.school,
        studyType: e.degree,
        area: e.fieldOfStudy,
        startDate: e.startYear ? String(e.startYear) : undefined,
        endDate: e.endYear ? String(e.endYear) : undefined,
        summary: description(e.description),
      }),
    ),
    certificates: (profile.certifications ?? []).map((c) =>
      compact({
        name: c.name,
        issuer: c.issuer,
        date: c.issuedOn ? toMonthString(c.issuedOn) : undefined,
        url: c.credentialUrl,
      }),
    ),
    languages: (profile.languages ?? []).map((l) => ({ language: l.name, fluency: FLUENCY[l.proficiency] })),
    skills: (profile.skills ?? []).map((s) => ({ name: s.name })),
    meta: {
      canonical: url,
      version: "v1.0.0",
      lastModified: profile.updatedAt.toISOString().slice(0, 19),
      renmai: compact({ industry: profile.industry }),
    },
  };
}

/** The problems the JSON Resume schema finds, or none. */
export function jsonResumeProblems(resume: unknown): string[] {
  let problems: string[] = [];
  validateResume(resume, (errors: { stack?: string; message?: string }[] | null) => {
    problems = (errors ?? []).map((e) => e.stack ?? e.message ?? String(e));
  });
  return problems;
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined);
/** Rich text (a summary, a description): HTML as many exporters write it, turned into Markdown. */
const rich = (value: unknown) => (typeof value === "string" ? htmlToMarkdown(value) : undefined);
/** A one-line value that may carry tags: their text, on one line. */
const line = (value: unknown) => (typeof value === "string" ? htmlToLine(value) : undefined);

/**
 * Reads a JSON Resume file into an import. A file that is not JSON, or not a JSON Resume, is refused with a
 * clear message; the values themselves are checked afterwards by the profile's own rules.
 */
export function parseJsonResume(text: string): ProfileImport {
  let resume: unknown;
  try {
    resume = JSON.parse(text);
  } catch {
    throw new AppError("validation", "import.notJson", { fields: { file: "import.notJson" } });
  }
  const problems =
    typeof resume === "object" && resume && !Array.isArray(resume)
      ? jsonResumeProblems(resume)
      : ["not an object"];
  if (problems.length) {
    throw new AppError("validation", "import.notJsonResume", {
      fields: { file: "import.notJsonResume" },
      values: { detail: problems[0]!.slice(0, 200) },
      fieldValues: { file: { detail: problems[0]!.slice(0, 200) } },
    });
  }
  const r = resume as Resume;
  const basics = r.basics ?? {};
  const profiles = Array.isArray(basics.profiles) ? (basics.profiles as Record<string, unknown>[]) : [];
  const wechat = profiles.find((p) => /^(wechat|weixin|微信)$/i.test(str(p.network)?.trim() ?? ""));
  const location = basics.location ?? {};
  const list = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
  const leftOut: LeftOut[] = (
    [
      ["volunteer", list(r.volunteer).length],
      ["awards", list(r.awards).length],
      ["publications", list(r.publications).length],
      ["interests", list(r.interests).length],
      ["references", list(r.references).length],
      ["projects", list(r.projects).length],
      ["profiles", profiles.filter((p) => p !== wechat && !/^renmai$/i.test(str(p.network) ?? "")).length],
      ["address", location.address || location.postalCode ? 1 : 0],
      ["workUrls", list(r.work).filter((w) => str(w.url)).length],
      ["educationScores", list(r.education).filter((e) => str(e.score)).length],
      ["skillLevels", list(r.skills).filter((s) => str(s.level)).length],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([part, count]) => ({ part, count }));
  return {
    leftOut,
    fields: compact({
      headline: line(basics.label),
      about: rich(basics.summary),
      city: str(location.city),
      region: str(location.region),
      country: str(location.countryCode),
      industry: str(r.meta?.renmai?.industry),
      contactEmail: str(basics.email),
      phone: str(basics.phone),
      website: str(basics.url),
      wechatId: str(wechat?.username),
    }),
    positions: (r.work ?? []).map((w) =>
      compact({
        companyName: str(w.name) ?? str(w.company),
        title: str(w.position),
        location: str(w.location),
        startDate: toMonth(w.startDate),
        endDate: toMonth(w.endDate),
        description: [
          rich(w.summary),
          ...(Array.isArray(w.highlights) ? w.highlights.map((h) => `- ${line(h) ?? ""}`) : []),
        ]
          .filter(Boolean)
          .join("\n"),
      }),
    ),
    education: (r.education ?? []).map((e) =>
      compact({
        school: str(e.institution),
        degree: str(e.studyType),
        fieldOfStudy: str(e.area),
        startYear: toYear(e.startDate),
        endYear: toYear(e.endDate),
        description: rich(e.summary),
      }),
    ),
    certifications: (r.certificates ?? []).map((c) =>
      compact({
        name: str(c.name),
        issuer: str(c.issuer),
        issuedOn: toMonth(c.date),
        credentialUrl: str(c.url),
      }),
    ),
    languages: (r.languages ?? []).map((l) => ({
      name: str(l.language) ?? "",
      proficiency: proficiencyOf(l.fluency),
    })),
    skills: (r.skills ?? []).flatMap((s) => [
      ...(str(s.name) ? [str(s.name)!] : []),
      ...(Array.isArray(s.keywords) ? s.keywords.filter((k): k is string => typeof k === "string") : []),
    ]),
  };
}
