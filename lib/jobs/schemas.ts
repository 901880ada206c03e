import { z } from "zod";
import { APPLICATION_NOTE_MAX, QUESTION_PROMPT_MAX, REJECTION_MESSAGE_MAX } from "./limits";
import { AppError } from "@/lib/errors";
import { endOfDayIn } from "@/lib/i18n/time-zones";
import { PageQuerySchema } from "@/lib/api/pagination";
import {
  BooleanFieldSchema,
  CountrySchema,
  emptyToNull,
  Id,
  listOf,
  numberFromText,
  optionalLine,
  optionalUrl,
  paragraphsOfText,
  PhoneSchema,
  requiredLine,
} from "@/lib/forms/fields";
import { EMPLOYMENT_TYPES } from "@/lib/profiles/schemas";

export const JOB_STATUSES = ["draft", "open", "paused", "closed"] as const;
export type JobStatusName = (typeof JOB_STATUSES)[number];
export const WORKPLACES = ["on_site", "hybrid", "remote"] as const;
export const SENIORITIES = [
  "internship",
  "entry",
  "associate",
  "mid_senior",
  "director",
  "executive",
] as const;
export const SALARY_PERIODS = ["hour", "day", "month", "year"] as const;
/** The least schooling a job asks for (学历要求); "none": 不限. */
export const EDUCATION_REQUIREMENTS = [
  "none",
  "high_school",
  "associate",
  "bachelor",
  "master",
  "doctorate",
] as const;
/** Months of pay a year with a monthly salary: 12 is the plain case, 13薪 and 14薪 are common in China. */
export const SALARY_MONTHS = { min: 12, max: 24 } as const;
export const CURRENCIES = [
  "CNY",
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "HKD",
  "SGD",
  "TWD",
  "KRW",
  "AUD",
  "CAD",
] as const;
export const QUESTION_KINDS = ["yes_no", "number", "text"] as const;
export const STAGES = ["applied", "screening", "interview", "offer", "hired", "rejected"] as const;
export type StageName = (typeof STAGES)[number];
export { EMPLOYMENT_TYPES };

export const MAX_QUESTIONS = 10;
export const MAX_DESCRIPTION = 10_000;
/** The longest a job stays open before it must be renewed. */
export const MAX_OPEN_DAYS = 180;
export const DEFAULT_OPEN_DAYS = 30;

const DAY = 24 * 60 * 60 * 1000;

/** Forms send numbers as text; "" is none. */
const optionalAmount = z.preprocess(
  emptyToNull,
  numberFromText(
    z
      .number({ error: "jobs.salaryInvalid" })
      .int("jobs.salaryInvalid")
      .min(0, "jobs.salaryInvalid")
      .max(1_000_000_000, "jobs.salaryInvalid"),
  ).nullable(),
);

/**
 * A deadline: a day ("2027-01-31", a form's date field), which ends in the company's time zone, or an exact ISO
 * timestamp. Checked against now and the longest opening once it is an instant (`deadlineAt`).
 */
const ExpirySchema = z
  .string({ error: "jobs.expiryInvalid" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, "jobs.expiryInvalid")
  .refine((value) => !Number.isNaN(new Date(value).getTime()), "jobs.expiryInvalid")
  .transform((value): JobDeadline => (value.length === 10 ? { day: value } : { at: new Date(value) }))
  // past or too far wherever the company is (the earliest and latest zones); `deadlineAt` checks its own
  .refine((d) => instantOf(d, "Pacific/Kiritimati").getTime() > Date.now(), "jobs.expiryPast")
  .refine(
    (d) => instantOf(d, "Etc/GMT+12").getTime() <= Date.now() + (MAX_OPEN_DAYS + 1) * DAY,
    "jobs.expiryTooFar",
  );

const instantOf = (deadline: JobDeadline, timeZone: string) =>
  "day" in deadline ? endOfDayIn(deadline.day, timeZone) : deadline.at;

export type JobDeadline = { day: string } | { at: Date };

/** The instant a deadline ends for a company in this zone; past or beyond the longest opening is refused. */
export function deadlineAt(deadline: JobDeadline, timeZone: string, now = new Date()): Date {
  const at = instantOf(deadline, timeZone);
  const refuse = (key: string) => new AppError("validation", "validation", { fields: { expiresAt: key } });
  if (at.getTime() <= now.getTime()) throw refuse("jobs.expiryPast");
  if (at.getTime() > now.getTime() + (MAX_OPEN_DAYS + 1) * DAY) throw refuse("jobs.expiryTooFar");
  return at;
}

export const QuestionSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS, { error: "invalid" }),
    prompt: requiredLine(QUESTION_PROMPT_MAX),
    isRequired: BooleanFieldSchema.default(true),
  })
  .strict();

/** A form posts its screening questions as one JSON field. */
const questionList = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    if (!value.trim()) return [];
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
  z.array(QuestionSchema, { error: "invalid" }).max(MAX_QUESTIONS, "list.tooMany"),
);

const JobObject = z
  .object({
    title: requiredLine(120),
    description: paragraphsOfText(MAX_DESCRIPTION).pipe(z.string().min(1, "text.required")),
    city: optionalLine(80).optional(),
    region: optionalLine(80).optional(),
    country: z.preprocess(emptyToNull, CountrySchema.nullable()).optional(),
    workplace: z.enum(WORKPLACES, { error: "invalid" }),
    remoteCountries: listOf(CountrySchema, 50).default([]),
    employmentType: z.enum(EMPLOYMENT_TYPES, { error: "invalid" }),
    seniority: z.enum(SENIORITIES, { error: "invalid" }),
    salaryMin: optionalAmount.optional(),
    salaryMax: optionalAmount.optional(),
    salaryCurrency: z.preprocess(emptyToNull, z.enum(CURRENCIES, { error: "invalid" }).nullable()).optional(),
    salaryPeriod: z
      .preprocess(emptyToNull, z.enum(SALARY_PERIODS, { error: "invalid" }).nullable())
      .optional(),
    salaryMonths: z
      .preprocess(
        emptyToNull,
        numberFromText(
          z
            .number({ error: "jobs.salaryMonthsInvalid" })
            .int("jobs.salaryMonthsInvalid")
            .min(SALARY_MONTHS.min, "jobs.salaryMonthsInvalid")
            .max(SALARY_MONTHS.max, "jobs.salaryMonthsInvalid"),
        ).nullable(),
      )
      .optional(),
    education: z
      .preprocess(emptyToNull, z.enum(EDUCATION_REQUIREMENTS, { error: "invalid" }).nullable())
      .optional(),
    requiredSkills: listOf(requiredLine(60), 20).default([]),
    niceSkills: listOf(requiredLine(60), 20).default([]),
    applyUrl: optionalUrl.optional(),
    expiresAt: ExpirySchema.optional(),
    questions: questionList.default([]),
  })
  .strict();

type JobShape = z.output<typeof JobObject>;

/** The rules between fields, shared by a new job and an edit (which is checked merged with what is stored). */
function checkJobRules(job: Partial<JobShape>, ctx: z.RefinementCtx) {
  const { salaryMin, salaryMax } = job;
  if (salaryMin != null && salaryMax != null && salaryMin > salaryMax)
    ctx.addIssue({ code: "custom", path: ["salaryMin"], message: "jobs.salaryMinAboveMax" });
  const hasSalary = salaryMin != null || salaryMax != null;
  if (hasSalary && !job.salaryCurrency)
    ctx.addIssue({ code: "custom", path: ["salaryCurrency"], message: "jobs.currencyRequired" });
  if (hasSalary && !job.salaryPeriod)
    ctx.addIssue({ code: "custom", path: ["salaryPeriod"], message: "jobs.periodRequired" });
  if (job.salaryMonths != null && (!hasSalary || job.salaryPeriod !== "month"))
    ctx.addIssue({ code: "custom", path: ["salaryMonths"], message: "jobs.salaryMonthsMonthly" });
  if (job.workplace && job.workplace !== "remote" && !job.city)
    ctx.addIssue({ code: "custom", path: ["city"], message: "jobs.cityRequired" });
}

/** A new job: every field a posting needs; it starts as a draft unless `publish` is set. */
export const JobCreateSchema = JobObject.extend({ publish: BooleanFieldSchema.default(false) }).superRefine(
  checkJobRules,
);
export type JobCreateInput = z.input<typeof JobCreateSchema>;

/** An edit sends any subset. */
export const JobUpdateSchema = JobObject.partial();
export const JobRulesSchema = JobObject.partial().superRefine(checkJobRules);

export const JobRefSchema = z.object({ jobId: Id });

export const JobStatusChangeSchema = z.object({
  status: z.enum(["open", "paused", "closed"], { error: "invalid" }),
});

/** A salary shown per year, to compare jobs paid by the hour, month or year (the search's salary bands). */
export const PERIODS_PER_YEAR = { hour: 2000, day: 250, month: 12, year: 1 } as const;

export const CompanyJobsQuerySchema = PageQuerySchema.extend({
  status: z.enum(JOB_STATUSES, { error: "invalid" }).optional(),
});

/** What an application sends besides the résumé: how to reach the applicant, and the answers by question id. */
export const ApplySchema = z
  .object({
    email: z.email({ error: "email.invalid" }).trim().toLowerCase().max(254),
    phone: z.preprocess(emptyToNull, PhoneSchema.nullable()).optional(),
    answers: z.preprocess(
      (value) => {
        if (typeof value !== "string") return value;
        try {
          return JSON.parse(value);
        } catch {
          return value;
        }
      },
      z.record(z.string().max(40), z.union([z.string().max(2000), z.number(), z.boolean()])).default({}),
    ),
  })
  .strict();

export const ApplicationRefSchema = z.object({ applicationId: Id });

export const StageNameSchema = z.object({
  stage: z.enum(STAGES, { error: "invalid" }),
  name: optionalLine(30),
});

export const MoveSchema = z.object({ stage: z.enum(STAGES, { error: "invalid" }) });

export const MAX_BULK = 200;
export const BulkRejectSchema = z.object({
  applicationIds: z
    .array(Id, { error: "invalid" })
    .min(1, "jobs.pickApplicants")
    .max(MAX_BULK, "list.tooMany"),
  message: z.preprocess(emptyToNull, paragraphsOfText(REJECTION_MESSAGE_MAX).nullable()).optional(),
});

export const NoteSchema = z.object({
  text: paragraphsOfText(APPLICATION_NOTE_MAX).pipe(z.string().min(1, "text.required")),
});
export const RatingSchema = z.object({
  stars: numberFromText(
    z
      .number({ error: "jobs.ratingInvalid" })
      .int("jobs.ratingInvalid")
      .min(1, "jobs.ratingInvalid")
      .max(5, "jobs.ratingInvalid"),
  ),
});
