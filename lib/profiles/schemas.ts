import { z } from "zod";
import {
  BooleanFieldSchema,
  CountrySchema,
  DisplayNameSchema,
  EmailSchema,
  emptyToNull,
  lineOfText,
  listOf,
  optionalLine,
  optionalUrl,
  optionalYear,
  paragraphsOfText,
  PhoneSchema,
  requiredLine,
  urlNameSchema,
  WechatIdSchema,
} from "@/lib/forms/fields";
import { INDUSTRIES } from "./industries";
import { PROFILE_SECTIONS, VISIBILITY_LEVELS } from "@/lib/core/profile-visibility";

export const RESERVED_HANDLES = new Set([
  "edit",
  "me",
  "new",
  "admin",
  "api",
  "settings",
  "vcard",
  "card",
  "qr",
  "renmai",
  "support",
  "help",
]);

/** /in/<handle>: 3–40 characters. */
export const HandleSchema = urlNameSchema("handle", 3, 40, RESERVED_HANDLES);

const VisibilityLevelSchema = z.enum(VISIBILITY_LEVELS, { error: "visibility.invalid" });

/** Every editable field of the profile itself; PATCH sends any subset. */
export const ProfileUpdateSchema = z
  .object({
    handle: HandleSchema,
    name: DisplayNameSchema,
    headline: lineOfText(220),
    about: paragraphsOfText(2600),
    pronouns: optionalLine(30),
    city: optionalLine(80),
    region: optionalLine(80),
    country: z.preprocess(emptyToNull, CountrySchema.nullable()),
    industry: z.preprocess(emptyToNull, z.enum(INDUSTRIES, { error: "industry.invalid" }).nullable()),
    contactEmail: z.preprocess(emptyToNull, EmailSchema.nullable()),
    phone: z.preprocess(emptyToNull, PhoneSchema.nullable()),
    wechatId: z.preprocess(emptyToNull, WechatIdSchema.nullable()),
    website: optionalUrl,
    openToWork: BooleanFieldSchema,
    openToWorkTitles: listOf(requiredLine(80), 5),
    openToWorkLocations: listOf(requiredLine(80), 5),
    openToWorkWorkplaces: listOf(z.enum(["on_site", "hybrid", "remote"], { error: "invalid" }), 3),
    openToWorkAudience: z.enum(["everyone", "recruiters"], { error: "invalid" }),
    interests: listOf(requiredLine(50), 20),
    visibility: z.partialRecord(z.enum(PROFILE_SECTIONS, { error: "invalid" }), VisibilityLevelSchema),
    isPrivateBrowsing: BooleanFieldSchema,
    isEmailNeededToInvite: BooleanFieldSchema,
    findableBy: VisibilityLevelSchema,
  })
  .partial()
  .strict();
export type ProfileUpdateInput = z.input<typeof ProfileUpdateSchema>;

/** "2024-03" → the first day of that month (UTC). */
const MonthSchema = z
  .string({ error: "month.invalid" })
  .trim()
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, "month.invalid")
  .transform((month) => new Date(`${month}-01T00:00:00Z`));
const optionalMonth = z.preprocess(emptyToNull, MonthSchema.nullable());

export const EMPLOYMENT_TYPES = [
  "full_time",
  "part_time",
  "self_employed",
  "freelance",
  "contract",
  "internship",
  "apprenticeship",
  "seasonal",
] as const;

export const PositionSchema = z
  .object({
    companyName: requiredLine(100),
    title: requiredLine(100),
    employmentType: z
      .preprocess(emptyToNull, z.enum(EMPLOYMENT_TYPES, { error: "invalid" }).nullable())
      .optional(),
    location: optionalLine(80).optional(),
    startDate: MonthSchema,
    endDate: optionalMonth.optional(),
    description: paragraphsOfText(2000).optional(),
  })
  .strict()
  .refine((p) => !p.endDate || p.endDate >= p.startDate, {
    path: ["endDate"],
    message: "dates.endBeforeStart",
  });
export type PositionInput = z.input<typeof PositionSchema>;

export const EducationSchema = z
  .object({
    school: requiredLine(120),
    degree: optionalLine(100).optional(),
    fieldOfStudy: optionalLine(100).optional(),
    startYear: optionalYear.optional(),
    endYear: optionalYear.optional(),
    description: paragraphsOfText(1000).optional(),
  })
  .strict()
  .refine((e) => !e.startYear || !e.endYear || e.endYear >= e.startYear, {
    path: ["endYear"],
    message: "dates.endBeforeStart",
  });
export type EducationInput = z.input<typeof EducationSchema>;

export const CertificationSchema = z
  .object({
    name: requiredLine(120),
    issuer: optionalLine(120).optional(),
    issuedOn: optionalMonth.optional(),
    expiresOn: optionalMonth.optional(),
    credentialId: optionalLine(80).optional(),
    credentialUrl: optionalUrl.optional(),
  })
  .strict()
  .refine((c) => !c.issuedOn || !c.expiresOn || c.expiresOn >= c.issuedOn, {
    path: ["expiresOn"],
    message: "dates.endBeforeStart",
  });
export type CertificationInput = z.input<typeof CertificationSchema>;

export const LANGUAGE_PROFICIENCIES = [
  "elementary",
  "limited_working",
  "professional_working",
  "full_professional",
  "native_or_bilingual",
] as const;

export const LanguageSchema = z
  .object({
    name: requiredLine(50),
    proficiency: z.enum(LANGUAGE_PROFICIENCIES, { error: "invalid" }),
  })
  .strict();
export type LanguageInput = z.input<typeof LanguageSchema>;

/** Projects, volunteering, honours and awards, publications: one shape, named per kind on the page. */
export const ACCOMPLISHMENT_KINDS = ["project", "volunteering", "honor", "publication"] as const;
export type AccomplishmentKind = (typeof ACCOMPLISHMENT_KINDS)[number];

export const AccomplishmentSchema = z
  .object({
    title: requiredLine(150),
    organization: optionalLine(120).optional(),
    url: optionalUrl.optional(),
    startDate: optionalMonth.optional(),
    endDate: optionalMonth.optional(),
    description: paragraphsOfText(2000).optional(),
    keywords: listOf(requiredLine(50), 10).optional(),
  })
  .strict()
  .refine((a) => !a.startDate || !a.endDate || a.endDate >= a.startDate, {
    path: ["endDate"],
    message: "dates.endBeforeStart",
  });
export type AccomplishmentInput = z.input<typeof AccomplishmentSchema>;

export const MAX_SKILLS = 50;
export const MAX_PINNED_SKILLS = 3;

export const SkillNameSchema = requiredLine(80);

/** The whole skills list in display order, and which of them (up to three) are pinned as top skills. */
export const SkillsSchema = z
  .object({
    skills: listOf(SkillNameSchema, MAX_SKILLS),
    pinned: listOf(SkillNameSchema, MAX_PINNED_SKILLS).optional(),
  })
  .strict();
export type SkillsInput = z.input<typeof SkillsSchema>;

export const EntryIdSchema = z.string({ error: "invalid" }).regex(/^[a-z0-9]{20,40}$/, "invalid");
export const MoveSchema = z.object({
  id: EntryIdSchema,
  direction: z.enum(["up", "down"], { error: "invalid" }),
});
