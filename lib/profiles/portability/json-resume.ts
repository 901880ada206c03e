import { validate as validateResume } from "@jsonresume/schema";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { toMonthString } from "../dates";
import type { ProfileForViewer } from "../get-profile";
import { htmlToLine, htmlToMarkdown } from "./html-to-markdown";
import { compact, proficiencyOf, toMonth, toYear, type LeftOut, type ProfileImport } from "./profile-import";
import { exportedEntry, snapshotOf } from "./resume-source";

const FLUENCY = {
  elementary: "Elementary proficiency",
  limited_working: "Limited working proficiency",
  professional_working: "Professional working proficiency",
  full_professional: "Full professional proficiency",
  native_or_bilingual: "Native or bilingual proficiency",
} as const;

type Entry = Record<string, unknown>;
type Resume = Entry & {
  basics?: Entry & { location?: Entry };
  work?: Entry[];
  education?: Entry[];
  certificates?: Entry[];
  languages?: Entry[];
  skills?: Entry[];
  projects?: Entry[];
  volunteer?: Entry[];
  awards?: Entry[];
  publications?: Entry[];
  interests?: Entry[];
  meta?: Entry & { renmai?: { industry?: unknown } };
};

/** The resume's lists that become the profile's rows (each row keeps its own entry: resume-source.ts). */
const ROW_LISTS = [
  "work",
  "education",
  "certificates",
  "languages",
  "projects",
  "volunteer",
  "awards",
  "publications",
] as const;

/** The fields of each kind of entry that the import reads into a row (the others are kept beside it). */
const READ = {
  work: ["name", "company", "position", "location", "startDate", "endDate", "summary", "highlights"],
  education: ["institution", "studyType", "area", "startDate", "endDate", "summary"],
  certificates: ["name", "issuer", "date", "url"],
  languages: ["language", "fluency"],
  projects: ["name", "entity", "url", "startDate", "endDate", "description", "highlights", "keywords"],
  volunteer: ["organization", "position", "url", "startDate", "endDate", "summary", "highlights"],
  awards: ["title", "awarder", "date", "summary"],
  publications: ["name", "publisher", "releaseDate", "url", "summary"],
} as const;

/** basics' fields that are the profile's own, and the profile field each one fills. */
const BASICS_FIELDS = [
  ["label", "headline"],
  ["summary", "about"],
  ["email", "contactEmail"],
  ["phone", "phone"],
  ["url", "website"],
] as const;
const LOCATION_FIELDS = [
  ["city", "city"],
  ["region", "region"],
  ["countryCode", "country"],
] as const;

/** What an import kept of the resume beyond the rows, and what the profile said right after (exported back). */
const ProfileSourceSchema = z.object({
  resume: z.record(z.string(), z.unknown()),
  as: z.record(z.string(), z.unknown()),
});

/** The stored JSON Resume entries behind a profile's rows and the profile itself (export-json-resume.ts). */
export type ResumeSources = { rows: Map<string, unknown>; profile: unknown };

const isWechat = (p: Entry) => /^(wechat|weixin|微信)$/i.test(str(p.network)?.trim() ?? "");
const sameName = (a: unknown, b: unknown) =>
  typeof a === "string" &&
  typeof b === "string" &&
  a.normalize("NFKC").trim().toLowerCase() === b.normalize("NFKC").trim().toLowerCase();

/**
 * The member's whole profile as a JSON Resume (https://jsonresume.org/schema), for them to take anywhere. What
 * an import brought comes back as it came (resume-source.ts): export(import(x)) keeps every field x had.
 */
export function toJsonResume(
  profile: ProfileForViewer,
  appUrl: string,
  sources: ResumeSources = { rows: new Map(), profile: null },
): Resume {
  const url = `${appUrl}/in/${profile.handle}`;
  const description = (text: string | null | undefined) => text || undefined;
  const row = <R extends { id: string }>(r: R, built: Entry, read: readonly string[]) =>
    exportedEntry(sources.rows.get(r.id), r as unknown as Entry, compact(built), read);
  const kept = ProfileSourceSchema.safeParse(sources.profile);
  const resume = kept.success ? kept.data.resume : {};
  const current: Record<string, unknown> = {
    headline: profile.headline,
    about: profile.about,
    contactEmail: profile.contact.email,
    phone: profile.contact.phone,
    website: profile.contact.website,
    wechatId: profile.contact.wechatId,
    city: profile.location?.city,
    region: profile.location?.region,
    country: profile.location?.country,
  };
  // a basics value the member has not changed since the import is given back as the file wrote it
  const isUnchanged = (field: string) =>
    kept.success &&
    JSON.stringify(snapshotOf({ v: current[field] })) === JSON.stringify({ v: kept.data.as[field] ?? null });
  const sourceBasics = (resume.basics ?? {}) as Entry;
  const sourceLocation = (sourceBasics.location ?? {}) as Entry;
  const builtBasics: Entry = compact({
    label: profile.headline,
    email: profile.contact.email,
    phone: profile.contact.phone,
    url: profile.contact.website,
    summary: profile.about,
  });
  const builtLocation: Entry = compact({
    city: profile.location?.city,
    region: profile.location?.region,
    countryCode: profile.location?.country,
  });
  const basics: Entry = { ...sourceBasics, name: profile.name };
  for (const [key, field] of BASICS_FIELDS)
    basics[key] = isUnchanged(field) && key in sourceBasics ? sourceBasics[key] : builtBasics[key];
  const location: Entry = { ...sourceLocation };
  for (const [key, field] of LOCATION_FIELDS)
    location[key] = isUnchanged(field) && key in sourceLocation ? sourceLocation[key] : builtLocation[key];
  basics.location = Object.keys(compact(location)).length ? compact(location) : undefined;
  if (profile.avatar) basics.image = `${appUrl}${profile.avatar.lg}`;
  const sourceProfiles = Array.isArray(sourceBasics.profiles) ? (sourceBasics.profiles as Entry[]) : [];
  const wechat = profile.contact.wechatId;
  basics.profiles = [
    ...sourceProfiles.filter((p) => !isWechat(p) || isUnchanged("wechatId")),
    ...(sourceProfiles.some((p) => /^renmai$/i.test(str(p.network) ?? ""))
      ? []
      : [{ network: "Renmai", username: profile.handle, url }]),
    ...(wechat && !(isUnchanged("wechatId") && sourceProfiles.some(isWechat))
      ? [{ network: "WeChat", username: wechat }]
      : []),
  ];
  const sourceSkills = Array.isArray(resume.skills) ? (resume.skills as Entry[]) : [];
  const sourceInterests = Array.isArray(resume.interests) ? (resume.interests as Entry[]) : [];
  const accomplishment = (
    list: "projects" | "volunteering" | "honors" | "publications",
    read: readonly string[],
    build: (a: NonNullable<ProfileForViewer["projects"]>[number]) => Entry,
  ) => (profile[list] ?? []).map((a) => row(a, build(a), read));
  const others = Object.fromEntries(
    Object.entries(resume).filter(
      ([key]) => !["basics", "skills", "interests", "meta", "$schema", ...ROW_LISTS].includes(key),
    ),
  );
  return {
    $schema: "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    ...others,
    basics: compact(basics),
    work: (profile.positions ?? []).map((p) =>
      row(
        p,
        {
          name: p.companyName,
          position: p.title,
          location: p.location,
          startDate: toMonthString(p.startDate),
          endDate: p.endDate ? toMonthString(p.endDate) : undefined,
          summary: description(p.description),
        },
        READ.work,
      ),
    ),
    education: (profile.education ?? []).map((e) =>
      row(
        e,
        {
          institution: e.school,
          studyType: e.degree,
          area: e.fieldOfStudy,
          startDate: e.startYear ? String(e.startYear) : undefined,
          endDate: e.endYear ? String(e.endYear) : undefined,
          summary: description(e.description),
        },
        READ.education,
      ),
    ),
    certificates: (profile.certifications ?? []).map((c) =>
      row(
        c,
        {
          name: c.name,
          issuer: c.issuer,
          date: c.issuedOn ? toMonthString(c.issuedOn) : undefined,
          url: c.credentialUrl,
        },
        READ.certificates,
      ),
    ),
    languages: (profile.languages ?? []).map((l) =>
      row(l, { language: l.name, fluency: FLUENCY[l.proficiency] }, READ.languages),
    ),
    skills: (profile.skills ?? []).map(
      (s) => sourceSkills.find((source) => sameName(source.name, s.name)) ?? { name: s.name },
    ),
    projects: accomplishment("projects", READ.projects, (a) => ({
      name: a.title,
      entity: a.organization,
      url: a.url,
      startDate: a.startDate ? toMonthString(a.startDate) : undefined,
      endDate: a.endDate ? toMonthString(a.endDate) : undefined,
      description: description(a.description),
      keywords: a.keywords.length ? a.keywords : undefined,
    })),
    volunteer: accomplishment("volunteering", READ.volunteer, (a) => ({
      organization: a.organization,
      position: a.title,
      url: a.url,
      startDate: a.startDate ? toMonthString(a.startDate) : undefined,
      endDate: a.endDate ? toMonthString(a.endDate) : undefined,
      summary: description(a.description),
    })),
    awards: accomplishment("honors", READ.awards, (a) => ({
      title: a.title,
      awarder: a.organization,
      date: a.startDate ? toMonthString(a.startDate) : undefined,
      summary: description(a.description),
    })),
    publications: accomplishment("publications", READ.publications, (a) => ({
      name: a.title,
      publisher: a.organization,
      releaseDate: a.startDate ? toMonthString(a.startDate) : undefined,
      url: a.url,
      summary: description(a.description),
    })),
    interests: (profile.interests ?? []).map(
      (name) => sourceInterests.find((source) => sameName(source.name, name)) ?? { name },
    ),
    meta: {
      ...((resume.meta ?? {}) as Entry),
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
  const profiles = Array.isArray(basics.profiles) ? (basics.profiles as Entry[]) : [];
  const wechat = profiles.find(isWechat);
  const location = basics.location ?? {};
  const list = (value: unknown) => (Array.isArray(value) ? (value as Entry[]) : []);
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && !!v.trim()) : [];
  /** A description and its highlights, as the profile shows them: the list under the text. */
  const withHighlights = (text: unknown, highlights: unknown) =>
    [rich(text), ...strings(highlights).map((h) => `- ${line(h) ?? ""}`)].filter(Boolean).join("\n");
  // kept for the export, not shown on the profile (the preview says so)
  const kept: LeftOut[] = (
    [
      ["references", list(r.references).length],
      ["profiles", profiles.filter((p) => p !== wechat && !/^renmai$/i.test(str(p.network) ?? "")).length],
      ["address", location.address || location.postalCode ? 1 : 0],
      ["image", str(basics.image) ? 1 : 0],
      ["workUrls", list(r.work).filter((w) => str(w.url)).length],
      ["educationScores", list(r.education).filter((e) => str(e.score) || strings(e.courses).length).length],
      ["skillLevels", list(r.skills).filter((s) => str(s.level)).length],
      ["skillKeywords", list(r.skills).filter((s) => strings(s.keywords).length).length],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([part, count]) => ({ part, count }));
  const rowLists = Object.fromEntries(ROW_LISTS.map((name) => [name, list(r[name])])) as Record<
    (typeof ROW_LISTS)[number],
    Entry[]
  >;
  const { work, education, certificates, languages, projects, volunteer, awards, publications } = rowLists;
  const dates = (e: Entry, start = "startDate", end = "endDate") => ({
    startDate: toMonth(e[start]),
    endDate: toMonth(e[end]),
  });
  return {
    leftOut: kept,
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
      interests: list(r.interests)
        .map((i) => str(i.name))
        .filter(Boolean),
    }),
    positions: work.map((w) =>
      compact({
        companyName: str(w.name) ?? str(w.company),
        title: str(w.position),
        location: str(w.location),
        ...dates(w),
        description: withHighlights(w.summary, w.highlights),
      }),
    ),
    education: education.map((e) =>
      compact({
        school: str(e.institution),
        degree: str(e.studyType),
        fieldOfStudy: str(e.area),
        startYear: toYear(e.startDate),
        endYear: toYear(e.endDate),
        description: rich(e.summary),
      }),
    ),
    certifications: certificates.map((c) =>
      compact({
        name: str(c.name),
        issuer: str(c.issuer),
        issuedOn: toMonth(c.date),
        credentialUrl: str(c.url),
      }),
    ),
    languages: languages.map((l) => ({
      name: str(l.language) ?? "",
      proficiency: proficiencyOf(l.fluency),
    })),
    // a skill group's keywords stay with it (kept for the export), not listed as skills of their own
    skills: list(r.skills).flatMap((s) => (str(s.name) ? [str(s.name)!] : [])),
    projects: projects.map((p) =>
      compact({
        title: line(p.name),
        organization: str(p.entity),
        url: str(p.url),
        ...dates(p),
        description: withHighlights(p.description, p.highlights),
        keywords: strings(p.keywords).slice(0, 10),
      }),
    ),
    volunteering: volunteer.map((v) =>
      compact({
        title: line(v.position) ?? line(v.organization),
        organization: str(v.organization),
        url: str(v.url),
        ...dates(v),
        description: withHighlights(v.summary, v.highlights),
      }),
    ),
    honors: awards.map((a) =>
      compact({
        title: line(a.title),
        organization: str(a.awarder),
        startDate: toMonth(a.date),
        description: rich(a.summary),
      }),
    ),
    publications: publications.map((p) =>
      compact({
        title: line(p.name),
        organization: str(p.publisher),
        startDate: toMonth(p.releaseDate),
        url: str(p.url),
        description: rich(p.summary),
      }),
    ),
    sources: {
      positions: work,
      education,
      certifications: certificates,
      languages,
      projects,
      volunteering: volunteer,
      honors: awards,
      publications,
      profile: Object.fromEntries(
        Object.entries(r).filter(([key]) => !(ROW_LISTS as readonly string[]).includes(key)),
      ),
    },
  };
}
