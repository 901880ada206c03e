import { countryOptions } from "@/lib/i18n/country-options";
import {
  CURRENCIES,
  EDUCATION_REQUIREMENTS,
  EMPLOYMENT_TYPES,
  SALARY_MONTHS,
  SALARY_PERIODS,
  SENIORITIES,
  WORKPLACES,
} from "@/lib/jobs/schemas";
import type { FieldSpec } from "@/components/profiles/edit/profile-form";
import { maxLengthsOf } from "@/lib/forms/fields";
import { JobUpdateSchema } from "@/lib/jobs/schemas";

const JOB = maxLengthsOf(JobUpdateSchema);

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the job form shows, with the stored values when editing. */
export type JobFormValues = {
  title: string;
  description: string;
  workplace: string;
  city: string | null;
  region: string | null;
  country: string | null;
  remoteCountries: string[];
  employmentType: string;
  seniority: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  salaryMonths: number | null;
  education: string | null;
  requiredSkills: string[];
  niceSkills: string[];
  applyUrl: string | null;
  expiresAt: string;
};

/** The job form's fields, labelled in the reader's language (t: jobs, tProfile: profile). */
export function jobFields(
  job: JobFormValues,
  t: Translate,
  tProfile: Translate,
  locale: string,
): FieldSpec[] {
  const none = { value: "", label: t("form.noSalary") };
  const select = (values: readonly string[], label: (v: string) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  return [
    {
      name: "title",
      label: t("form.titleLabel"),
      hint: t("form.titleHint"),
      defaultValue: job.title,
      maxLength: JOB.title,
      required: true,
    },
    {
      name: "description",
      label: t("form.description"),
      hint: t("form.descriptionHint"),
      type: "textarea",
      rows: 10,
      defaultValue: job.description,
      maxLength: JOB.description,
      required: true,
    },
    {
      name: "workplace",
      label: t("form.workplace"),
      type: "select",
      options: select(WORKPLACES, (v) => t(`workplace.${v}`)),
      defaultValue: job.workplace,
      isHalf: true,
    },
    {
      name: "employmentType",
      label: t("form.employmentType"),
      type: "select",
      options: select(EMPLOYMENT_TYPES, (v) => tProfile(`employmentType.${v}`)),
      defaultValue: job.employmentType,
      isHalf: true,
    },
    { name: "city", label: t("form.city"), defaultValue: job.city ?? "", maxLength: JOB.city, isHalf: true },
    {
      name: "region",
      label: t("form.region"),
      defaultValue: job.region ?? "",
      maxLength: JOB.region,
      isHalf: true,
    },
    {
      name: "country",
      label: t("form.country"),
      type: "select",
      options: [{ value: "", label: "—" }, ...countryOptions(locale)],
      defaultValue: job.country ?? "",
      isHalf: true,
    },
    {
      name: "remoteCountries",
      label: t("form.remoteCountries"),
      hint: t("form.remoteCountriesHint"),
      defaultValue: job.remoteCountries.join(", "),
      isHalf: true,
    },
    {
      name: "seniority",
      label: t("form.seniority"),
      type: "select",
      options: select(SENIORITIES, (v) => t(`seniority.${v}`)),
      defaultValue: job.seniority,
      isHalf: true,
    },
    {
      name: "education",
      label: t("form.education"),
      type: "select",
      options: [
        { value: "", label: t("form.educationUnset") },
        ...select(EDUCATION_REQUIREMENTS, (v) => t(`education.${v}`)),
      ],
      defaultValue: job.education ?? "",
      isHalf: true,
    },
    {
      name: "expiresAt",
      label: t("form.expiresAt"),
      hint: t("form.expiresAtHint"),
      type: "date",
      defaultValue: job.expiresAt,
      isHalf: true,
    },
    {
      name: "salaryMin",
      label: `${t("form.salary")} · ${t("form.salaryMin")}`,
      type: "number",
      defaultValue: job.salaryMin?.toString() ?? "",
      isHalf: true,
    },
    {
      name: "salaryMax",
      label: `${t("form.salary")} · ${t("form.salaryMax")}`,
      type: "number",
      defaultValue: job.salaryMax?.toString() ?? "",
      isHalf: true,
    },
    {
      name: "salaryCurrency",
      label: t("form.currency"),
      type: "select",
      options: [none, ...select(CURRENCIES, (v) => v)],
      defaultValue: job.salaryCurrency ?? "",
      isHalf: true,
    },
    {
      name: "salaryPeriod",
      label: t("form.period"),
      type: "select",
      options: [none, ...select(SALARY_PERIODS, (v) => t(`period.${v}`))],
      defaultValue: job.salaryPeriod ?? "",
      isHalf: true,
    },
    {
      name: "salaryMonths",
      label: t("form.salaryMonths"),
      hint: t("form.salaryMonthsHint"),
      type: "select",
      options: [
        { value: "", label: t("form.twelveMonths") },
        ...Array.from({ length: SALARY_MONTHS.max - 12 }, (_, i) => String(13 + i)).map((months) => ({
          value: months,
          label: t("salaryMonthsValue", { months }),
        })),
      ],
      defaultValue: job.salaryMonths?.toString() ?? "",
      isHalf: true,
    },
    {
      name: "requiredSkills",
      label: t("form.requiredSkills"),
      hint: t("form.skillsHint"),
      defaultValue: job.requiredSkills.join(", "),
      isHalf: true,
    },
    {
      name: "niceSkills",
      label: t("form.niceSkills"),
      hint: t("form.skillsHint"),
      defaultValue: job.niceSkills.join(", "),
      isHalf: true,
    },
    {
      name: "applyUrl",
      label: t("form.applyUrl"),
      hint: t("form.applyUrlHint"),
      type: "url",
      defaultValue: job.applyUrl ?? "",
    },
  ];
}

const DAY = 24 * 60 * 60 * 1000;

// the currency a company in this country most likely pays in
const CURRENCY_OF_COUNTRY: Record<string, (typeof CURRENCIES)[number]> = {
  CN: "CNY",
  US: "USD",
  GB: "GBP",
  JP: "JPY",
  HK: "HKD",
  SG: "SGD",
  TW: "TWD",
  KR: "KRW",
  AU: "AUD",
  CA: "CAD",
  ...Object.fromEntries(
    "AT BE DE ES FI FR GR IE IT LU NL PT".split(" ").map((code) => [code, "EUR" as const]),
  ),
};

/** A new job's starting values: full-time, mid-senior, open for 30 days, where the company is and in its money. */
export function newJobValues(company: { country: string | null; city: string | null }): JobFormValues {
  const country = company.country ?? "CN";
  return {
    title: "",
    description: "",
    workplace: "on_site",
    city: company.city,
    region: null,
    country,
    remoteCountries: [],
    employmentType: "full_time",
    seniority: "mid_senior",
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: CURRENCY_OF_COUNTRY[country] ?? null,
    salaryPeriod: "month",
    salaryMonths: null,
    education: null,
    requiredSkills: [],
    niceSkills: [],
    applyUrl: null,
    expiresAt: new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10),
  };
}
