import { z } from "zod";
import {
  AccomplishmentSchema,
  CertificationSchema,
  EducationSchema,
  LanguageSchema,
  PositionSchema,
  ProfileUpdateSchema,
  SkillNameSchema,
} from "../schemas";

/**
 * What a file holds that the profile does not show, so the preview can say so: parts of a JSON Resume kept with
 * the profile and given back in its export (references, links, grades, skill levels…), and files of a LinkedIn
 * export that are not the profile (not imported: `file`).
 */
export const LEFT_OUT_PARTS = [
  "references",
  "profiles",
  "address",
  "image",
  "workUrls",
  "educationScores",
  "skillLevels",
  "skillKeywords",
  "file",
] as const;
export type LeftOut = { part: (typeof LEFT_OUT_PARTS)[number]; count: number; name?: string };

/** What an import brings, in our own input shapes (from a JSON Resume or a LinkedIn export). */
export type ProfileImport = {
  fields: Record<string, unknown>;
  positions: Record<string, unknown>[];
  education: Record<string, unknown>[];
  certifications: Record<string, unknown>[];
  languages: Record<string, unknown>[];
  skills: string[];
  projects?: Record<string, unknown>[];
  volunteering?: Record<string, unknown>[];
  honors?: Record<string, unknown>[];
  publications?: Record<string, unknown>[];
  /** the file's own entries behind each list (by position) and the rest of it, kept for the export */
  sources?: Partial<Record<SourcedList, unknown[]>> & { profile?: unknown };
  leftOut?: LeftOut[];
};

/** The lists whose rows keep the entry they were imported from (resume-source.ts). */
export const SOURCED_LISTS = [
  "positions",
  "education",
  "certifications",
  "languages",
  "projects",
  "volunteering",
  "honors",
  "publications",
] as const;
export type SourcedList = (typeof SOURCED_LISTS)[number];

const IMPORTABLE_FIELDS = [
  "headline",
  "about",
  "city",
  "region",
  "country",
  "industry",
  "contactEmail",
  "phone",
  "website",
  "wechatId",
  "interests",
] as const;

/** The same rules as editing by hand: an import can't store what the editor would refuse. */
export const ProfileImportSchema = z.object({
  fields: ProfileUpdateSchema.pick(
    Object.fromEntries(IMPORTABLE_FIELDS.map((f) => [f, true])) as {
      [K in (typeof IMPORTABLE_FIELDS)[number]]: true;
    },
  ),
  positions: z.array(PositionSchema).max(50, "list.tooMany"),
  education: z.array(EducationSchema).max(20, "list.tooMany"),
  certifications: z.array(CertificationSchema).max(50, "list.tooMany"),
  languages: z.array(LanguageSchema).max(20, "list.tooMany"),
  skills: z.array(SkillNameSchema).max(200, "list.tooMany"),
  projects: z.array(AccomplishmentSchema).max(50, "list.tooMany").default([]),
  volunteering: z.array(AccomplishmentSchema).max(50, "list.tooMany").default([]),
  honors: z.array(AccomplishmentSchema).max(50, "list.tooMany").default([]),
  publications: z.array(AccomplishmentSchema).max(50, "list.tooMany").default([]),
  sources: z
    .object({
      ...Object.fromEntries(SOURCED_LISTS.map((list) => [list, z.array(z.unknown()).max(200).optional()])),
      profile: z.record(z.string(), z.unknown()).optional(),
    })
    .default({}),
  leftOut: z
    .array(
      z.object({
        part: z.enum(LEFT_OUT_PARTS),
        count: z.number().int().min(1).max(10_000),
        name: z.string().max(120).optional(),
      }),
    )
    .max(60)
    .default([]),
});
export type ParsedProfileImport = z.output<typeof ProfileImportSchema>;

/** "2021-03-15", "2021-03" or "2021" → "2021-03" / "2021-01" (months are what profiles keep). */
export function toMonth(date: unknown): string | undefined {
  if (typeof date !== "string") return undefined;
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date.trim());
  return match ? `${match[1]}-${match[2] ?? "01"}` : undefined;
}

export function toYear(date: unknown): number | undefined {
  if (typeof date !== "string") return undefined;
  const match = /^(\d{4})/.exec(date.trim());
  return match ? Number(match[1]) : undefined;
}

/** Drops empty values so the schemas see "not given" rather than "". */
export function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, v]) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === ""),
    ),
  ) as Partial<T>;
}

/** A free-text fluency ("Native speaker", "Fluent", "母语", LinkedIn's "Full professional proficiency") as one of our levels. */
export function proficiencyOf(fluency: unknown) {
  const text = typeof fluency === "string" ? fluency.toLowerCase() : "";
  if (/native|bilingual|mother|母语|双语/.test(text)) return "native_or_bilingual" as const;
  if (/fluent|full|advanced|流利|精通/.test(text)) return "full_professional" as const;
  if (/limited|intermediate|conversational|一般|中级/.test(text)) return "limited_working" as const;
  if (/elementary|beginner|basic|初级|入门/.test(text)) return "elementary" as const;
  return "professional_working" as const;
}
