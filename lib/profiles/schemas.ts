import { z } from "zod";
import { DisplayNameSchema, EmailSchema } from "@/lib/auth/schemas";
import { INDUSTRIES } from "./industries";
import { PROFILE_SECTIONS, VISIBILITY_LEVELS } from "./visibility";

// Messages are keys in the "errors" namespace of messages/*.json; too_big/too_small carry {max}/{min}.

const MARKUP = /<\/?[a-z!][^>]*>/i;
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const CONTROL_EXCEPT_NEWLINES = /(?![\n\t])[\p{Cc}\p{Cf}]/u;

/** Forms send "" for an empty field: that means "none". */
const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** One line of plain text: no control characters, no HTML tags (it is shown as text everywhere). */
export function lineOfText(max: number) {
  return z
    .string({ error: "invalid" })
    .trim()
    .max(max, "text.tooLong")
    .refine((v) => !CONTROL.test(v), "text.invalidCharacters")
    .refine((v) => !MARKUP.test(v), "text.noMarkup");
}

/** Several lines of plain text (or the markdown subset of `about`): HTML tags are refused, not stored. */
export function paragraphsOfText(max: number) {
  return z.preprocess(
    // browsers submit textarea lines with CRLF
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value),
    z
      .string({ error: "invalid" })
      .trim()
      .max(max, "text.tooLong")
      .refine((v) => !CONTROL_EXCEPT_NEWLINES.test(v), "text.invalidCharacters")
      .refine((v) => !MARKUP.test(v), "text.noMarkup"),
  );
}

const requiredLine = (max: number) => lineOfText(max).min(1, "text.required");
const optionalLine = (max: number) => z.preprocess(emptyToNull, lineOfText(max).nullable());

/** Only http(s) links: javascript:, data: and the like are refused. */
export const WebUrlSchema = z
  .string({ error: "url.invalid" })
  .trim()
  .max(300, "text.tooLong")
  .transform((v) => (/^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`))
  .pipe(z.url({ protocol: /^https?$/, error: "url.invalid" }));
const optionalUrl = z.preprocess(emptyToNull, WebUrlSchema.nullable());

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

/** /in/<handle>: 3–40 lower-case Latin letters, digits and single dashes. */
export const HandleSchema = z
  .string({ error: "handle.invalid" })
  .trim()
  .toLowerCase()
  .min(3, "handle.tooShort")
  .max(40, "handle.tooLong")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle.invalid")
  .refine((h) => !RESERVED_HANDLES.has(h), "handle.reserved");

const CountrySchema = z
  .string({ error: "country.invalid" })
  .trim()
  .toUpperCase()
  .refine(
    (code) =>
      /^[A-Z]{2}$/.test(code) &&
      !!new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(code),
    "country.invalid",
  );

const PhoneSchema = z
  .string({ error: "phone.invalid" })
  .trim()
  .regex(/^\+?[0-9][0-9 ()\-.]{4,28}[0-9]$/, "phone.invalid");

const WechatIdSchema = z
  .string({ error: "wechat.invalid" })
  .trim()
  .regex(/^[a-zA-Z][-_a-zA-Z0-9]{5,19}$/, "wechat.invalid");

/** A list typed in one box ("a, b、c" or one per line) or sent as an array. */
function listOf<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/[,，、;\n]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : value,
    z.array(item, { error: "invalid" }).max(max, "list.tooMany"),
  );
}

/** Checkboxes send "on"; JSON sends booleans. */
const BooleanFieldSchema = z.preprocess(
  (value) => (value === "on" || value === "true" ? true : value === "false" || value === "" ? false : value),
  z.boolean({ error: "invalid" }),
);

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
    visibility: z.partialRecord(z.enum(PROFILE_SECTIONS, { error: "invalid" }), VisibilityLevelSchema),
    isPrivateBrowsing: BooleanFieldSchema,
    isEmailNeededToInvite: BooleanFieldSchema,
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

const YearSchema = z.coerce
  .number({ error: "year.invalid" })
  .int("year.invalid")
  .min(1900, "year.invalid")
  .max(2100, "year.invalid");
const optionalYear = z.preprocess(emptyToNull, YearSchema.nullable());

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
