import { z } from "zod";
import { EMAIL_MAX_LENGTH } from "./limits";

// Zod schemas of the fields forms and JSON bodies share. Messages are keys in the "errors" namespace of
// messages/*.json; too_big/too_small carry {max}/{min}.

const MARKUP = /<\/?[a-z!][^>]*>/i;
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const CONTROL_EXCEPT_NEWLINES = /(?![\n\t])[\p{Cc}\p{Cf}]/u;

/** Forms send "" for an empty field: that means "none". */
export const emptyToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

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

export const requiredLine = (max: number) => lineOfText(max).min(1, "text.required");
export const optionalLine = (max: number) => z.preprocess(emptyToNull, lineOfText(max).nullable());

/** Only http(s) links: javascript:, data: and the like are refused. */
/** An address in a URL (/in/<handle>, /company/<slug>): lower-case Latin letters, digits and single dashes. */
export function urlNameSchema(
  key: "handle" | "slug",
  min: number,
  max: number,
  reserved: ReadonlySet<string>,
) {
  return z
    .string({ error: `${key}.invalid` })
    .trim()
    .toLowerCase()
    .min(min, `${key}.tooShort`)
    .max(max, `${key}.tooLong`)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${key}.invalid`)
    .refine((name) => !reserved.has(name), `${key}.reserved`);
}

export const WebUrlSchema = z
  .string({ error: "url.invalid" })
  .trim()
  .max(300, "text.tooLong")
  .transform((v) => (/^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`))
  .pipe(z.url({ protocol: /^https?$/, error: "url.invalid" }));
export const optionalUrl = z.preprocess(emptyToNull, WebUrlSchema.nullable());

export const CountrySchema = z
  .string({ error: "country.invalid" })
  .trim()
  .toUpperCase()
  .refine(
    (code) =>
      /^[A-Z]{2}$/.test(code) &&
      !!new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(code),
    "country.invalid",
  );

export const PhoneSchema = z
  .string({ error: "phone.invalid" })
  .trim()
  .regex(/^\+?[0-9][0-9 ()\-.]{4,28}[0-9]$/, "phone.invalid");

export const WechatIdSchema = z
  .string({ error: "wechat.invalid" })
  .trim()
  .regex(/^[a-zA-Z][-_a-zA-Z0-9]{5,19}$/, "wechat.invalid");

/** A list typed in one box ("a, b、c" or one per line) or sent as an array. */
export function listOf<T extends z.ZodType>(item: T, max: number) {
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
export const BooleanFieldSchema = z.preprocess(
  (value) => (value === "on" || value === "true" ? true : value === "false" || value === "" ? false : value),
  z.boolean({ error: "invalid" }),
);

/**
 * A number from JSON, or written out in digits by a form or a query string ("12", "-3.5") — never a boolean,
 * an object or "12px", which z.coerce would turn into numbers.
 */
export function numberFromText<S extends z.ZodType>(schema: S) {
  return z.preprocess(
    (value) => (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
    schema,
  );
}

/** A year from 1900 to `max`. */
export const yearUpTo = (max: number) =>
  numberFromText(
    z
      .number({ error: "year.invalid" })
      .int("year.invalid")
      .min(1900, "year.invalid")
      .max(max, "year.invalid"),
  );
export const YearSchema = yearUpTo(2100);
export const optionalYear = z.preprocess(emptyToNull, YearSchema.nullable());

/** An opaque row id (cuid). */
export const Id = z.string({ error: "invalid" }).regex(/^[a-z0-9]{20,40}$/, "invalid");

/** Trimmed and lower-cased, so one mailbox is one account. */
export const EmailSchema = z
  .string({ error: "email.required" })
  .trim()
  .min(1, "email.required")
  .max(EMAIL_MAX_LENGTH, "email.invalid")
  .pipe(z.email({ error: "email.invalid" }))
  .transform((email) => email.toLowerCase());

export const DisplayNameSchema = z
  .string({ error: "name.required" })
  .trim()
  .min(1, "name.required")
  .max(80, "name.tooLong")
  .refine((name) => !/[\p{Cc}\p{Cf}<>]/u.test(name), "name.invalidCharacters");

/** The string schema inside optional, nullable, default and preprocess wrappers. */
function stringInside(schema: z.ZodType): z.ZodString | null {
  if (schema instanceof z.ZodString) return schema;
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType };
  if (def.innerType) return stringInside(def.innerType);
  if (def.type === "pipe" && def.in && def.out)
    return def.in._zod.def.type === "transform" ? stringInside(def.out) : stringInside(def.in);
  return null;
}

/**
 * The longest text each of a schema's fields accepts, for the inputs' maxLength: a limit has one source, the
 * schema (fields without a maximum are undefined).
 */
export function maxLengthsOf<S extends z.ZodObject>(
  schema: S,
): { [K in keyof S["shape"]]: number | undefined } {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([field, type]) => [
      field,
      stringInside(type as z.ZodType)?.maxLength ?? undefined,
    ]),
  ) as { [K in keyof S["shape"]]: number | undefined };
}
