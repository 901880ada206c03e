import { z } from "zod";
import {
  CertificationSchema,
  EducationSchema,
  LanguageSchema,
  PositionSchema,
  ProfileUpdateSchema,
  SkillNameSchema,
} from "../schemas";

/**
 * What a file holds that a Renmai profile has no place for yet, so the preview can say so: sections of a JSON
 * Resume, details inside its entries, files of a LinkedIn export that are not the profile.
 */
export const LEFT_OUT_PARTS = [
  "volunteer",
  "awards",
  "publications",
  "interests",
  "references",
  "projects",
  "profiles",
  "address",
  "workUrls",
  "educationScores",
  "skillLevels",
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
  leftOut?: LeftOut[];
};

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
