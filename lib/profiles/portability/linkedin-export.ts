import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { AppError } from "@/lib/errors";
import { MESSAGES } from "@/lib/i18n/messages";
import { INDUSTRIES } from "../industries";
import { compact, proficiencyOf, type ProfileImport } from "./profile-import";

// The files of LinkedIn's "Download your data" archive that make a profile, with the columns we read.
const FILES = {
  "profile.csv": ["First Name", "Last Name", "Headline"],
  "positions.csv": ["Company Name", "Title", "Started On"],
  "education.csv": ["School Name"],
  "skills.csv": ["Name"],
  "languages.csv": ["Name"],
  "certifications.csv": ["Name"],
  "projects.csv": ["Title"],
  "volunteering.csv": ["Role"],
  "honors.csv": ["Title"],
  "publications.csv": ["Name"],
} as const;
type FileName = keyof typeof FILES;
type Row = Record<string, string>;

const MAX_UNZIPPED_BYTES = 5 * 1024 * 1024;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const refuse = (messageKey: string, values?: Record<string, string>) =>
  new AppError("validation", messageKey, {
    fields: { file: messageKey },
    values,
    fieldValues: values && { file: values },
  });

/** "Mar 2021" → "2021-03", "2021" → "2021-01". */
function linkedInMonth(value: string | undefined): string | undefined {
  const match = /^(?:([A-Za-z]{3})[a-z]*\.?\s+)?(\d{4})$/.exec((value ?? "").trim());
  if (!match) return undefined;
  const month = match[1] ? MONTHS.indexOf(match[1].toLowerCase()) + 1 : 1;
  return month > 0 ? `${match[2]}-${String(month).padStart(2, "0")}` : undefined;
}

const linkedInYear = (value: string | undefined) => {
  const month = linkedInMonth(value);
  return month ? Number(month.slice(0, 4)) : undefined;
};

const INDUSTRY_BY_LABEL = new Map(
  INDUSTRIES.map((key) => [MESSAGES.en.industries[key].toLowerCase(), key] as const),
);

const COUNTRY_BY_NAME = (() => {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const map = new Map<string, string>();
  for (let i = 0; i < 26 * 26; i++) {
    const code = String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
    const name = names.of(code);
    if (name && name !== code) map.set(name.toLowerCase(), code);
  }
  return map;
})();

/** "Hangzhou, Zhejiang, China" → city, region and country code (when the country is recognised). */
function place(geo: string | undefined) {
  const parts = (geo ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return {};
  const country = COUNTRY_BY_NAME.get(parts.at(-1)!.toLowerCase());
  const rest = country ? parts.slice(0, -1) : parts;
  return { city: rest[0], region: rest.length > 1 ? rest.at(-1) : undefined, country };
}

function readCsv(name: FileName, text: string): Row[] {
  let rows: Row[];
  try {
    rows = parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch {
    throw refuse("import.badCsv", { file: name });
  }
  const header = rows[0]
    ? Object.keys(rows[0])
    : (text.split(/\r?\n/)[0] ?? "").split(",").map((h) => h.trim().replace(/^\uFEFF/, ""));
  const missing = FILES[name].filter((column) => !header.includes(column));
  if (missing.length) throw refuse("import.linkedInColumns", { file: name, columns: missing.join(", ") });
  return rows;
}

/** A zip entry's path that stays inside the archive: relative, without ".." (either slash). */
export function isContainedPath(name: string): boolean {
  if (/^([\\/]|[A-Za-z]:)/.test(name)) return false;
  return !name.split(/[\\/]/).includes("..");
}

/** The CSV texts by file name, from uploaded CSV files or the export's .zip, and the files it did not read. */
function collectFiles(files: { name: string; bytes: Buffer }[]) {
  const found: Partial<Record<FileName, string>> = {};
  const unread = new Set<string>();
  const take = (name: string, bytes: Uint8Array) => {
    const base = name.split("/").pop()!.toLowerCase() as FileName;
    if (base in FILES) found[base] = new TextDecoder("utf-8").decode(bytes);
  };
  for (const file of files) {
    const isZip = file.bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    if (!isZip) {
      if (!(file.name.split("/").pop()!.toLowerCase() in FILES)) unread.add(file.name);
      take(file.name, file.bytes);
      continue;
    }
    let total = 0;
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(file.bytes, {
        filter: (entry) => {
          // an entry that would land outside the archive's folder when unpacked marks a crafted archive
          if (!isContainedPath(entry.name))
            throw refuse("import.unsafeZipPath", { file: entry.name.slice(0, 80) });
          const base = entry.name.split("/").pop()!.toLowerCase();
          if (!(base in FILES)) {
            if (base) unread.add(entry.name.split("/").pop()!);
            return false;
          }
          total += entry.originalSize;
          // a small archive that unpacks to gigabytes (a zip bomb) stops here
          if (total > MAX_UNZIPPED_BYTES) throw refuse("import.tooLarge");
          return true;
        },
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw refuse("import.badZip");
    }
    for (const [name, bytes] of Object.entries(entries)) take(name, bytes);
  }
  if (!Object.keys(found).length) throw refuse("import.noLinkedInFiles");
  return { found, unread: [...unread].sort() };
}

/**
 * Reads LinkedIn's data export: the .zip, or its Profile, Positions, Education, Skills, Languages, Certifications,
 * Projects, Volunteering, Honors and Publications CSV files.
 */
export function parseLinkedInExport(files: { name: string; bytes: Buffer }[]): ProfileImport {
  const { found: texts, unread } = collectFiles(files);
  const profile = texts["profile.csv"] ? readCsv("profile.csv", texts["profile.csv"])[0] : undefined;
  const positions = texts["positions.csv"] ? readCsv("positions.csv", texts["positions.csv"]) : [];
  const education = texts["education.csv"] ? readCsv("education.csv", texts["education.csv"]) : [];
  const skills = texts["skills.csv"] ? readCsv("skills.csv", texts["skills.csv"]) : [];
  const languages = texts["languages.csv"] ? readCsv("languages.csv", texts["languages.csv"]) : [];
  const certifications = texts["certifications.csv"]
    ? readCsv("certifications.csv", texts["certifications.csv"])
    : [];
  const rowsOf = (name: FileName) => (texts[name] ? readCsv(name, texts[name]) : []);
  // "[WECHAT:anna_s],[QQ:…]": the messenger list of Profile.csv
  const wechatId = /\[WECHAT:([^\]]+)\]/i.exec(profile?.["Instant Messengers"] ?? "")?.[1]?.trim();
  const website = /https?:\/\/[^\s\],]+/.exec(profile?.Websites ?? "")?.[0];
  return {
    leftOut: unread
      .slice(0, 50)
      .map((name) => ({ part: "file" as const, count: 1, name: name.slice(0, 120) })),
    fields: profile
      ? compact({
          headline: profile.Headline,
          about: profile.Summary,
          industry: INDUSTRY_BY_LABEL.get((profile.Industry ?? "").toLowerCase()),
          website,
          wechatId,
          ...place(profile["Geo Location"]),
        })
      : {},
    positions: positions.map((p) =>
      compact({
        companyName: p["Company Name"],
        title: p.Title,
        location: p.Location,
        description: p.Description,
        startDate: linkedInMonth(p["Started On"]),
        endDate: linkedInMonth(p["Finished On"]),
      }),
    ),
    education: education.map((e) =>
      compact({
        school: e["School Name"],
        degree: e["Degree Name"],
        startYear: linkedInYear(e["Start Date"]),
        endYear: linkedInYear(e["End Date"]),
        // the export keeps notes and "activities and societies" apart; the profile has one description
        description: [e.Notes, e.Activities].filter(Boolean).join("\n\n"),
      }),
    ),
    certifications: certifications.map((c) =>
      compact({
        name: c.Name,
        issuer: c.Authority,
        issuedOn: linkedInMonth(c["Started On"]),
        expiresOn: linkedInMonth(c["Finished On"]),
        credentialId: c["License Number"],
        credentialUrl: c.Url,
      }),
    ),
    languages: languages
      .filter((l) => l.Name)
      .map((l) => ({ name: l.Name!, proficiency: proficiencyOf(l.Proficiency) })),
    skills: skills.map((s) => s.Name ?? "").filter(Boolean),
    projects: rowsOf("projects.csv").map((p) =>
      compact({
        title: p.Title,
        url: p.Url,
        description: p.Description,
        startDate: linkedInMonth(p["Started On"]),
        endDate: linkedInMonth(p["Finished On"]),
      }),
    ),
    volunteering: rowsOf("volunteering.csv").map((v) =>
      compact({
        title: v.Role,
        organization: v["Company Name"] ?? v.Organization,
        description: [v.Cause, v.Description].filter(Boolean).join("\n\n"),
        startDate: linkedInMonth(v["Started On"]),
        endDate: linkedInMonth(v["Finished On"]),
      }),
    ),
    honors: rowsOf("honors.csv").map((h) =>
      compact({ title: h.Title, description: h.Description, startDate: linkedInMonth(h["Issued On"]) }),
    ),
    publications: rowsOf("publications.csv").map((p) =>
      compact({
        title: p.Name,
        organization: p.Publisher,
        url: p.Url,
        description: p.Description,
        startDate: linkedInMonth(p["Published On"]),
      }),
    ),
  };
}
