import { countryName } from "@/lib/i18n/country-options";
import { listSeparator } from "@/lib/i18n/separators";
import { cityIn } from "@/lib/i18n/cities";
import type { Salary } from "@/lib/jobs/job-card";

/** "¥3万–4.5万" / "CN¥30K–45K": a salary range in the reader's language, short. */
export function salaryRange(salary: Salary, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: salary.currency,
    notation: "compact",
    maximumFractionDigits: 1,
  });
  const { min, max } = salary;
  if (min !== null && max !== null && min !== max) return format.formatRange(min, max);
  return format.format((max ?? min)!);
}

/** "¥1.5万–2.5万 每月 · 14薪" / "CN¥15K–25K a month · 14 months' pay": the salary as a job's facts show it. */
export function salaryLine(
  salary: Salary,
  t: (key: string, values?: Record<string, string | number>) => string,
  locale: string,
): string {
  const range = t("salaryRange", {
    range: salaryRange(salary, locale),
    period: t(`period.${salary.period}`),
  });
  return salary.months ? `${range} · ${t("salaryMonthsValue", { months: salary.months })}` : range;
}

/** Where a job is done, as a line: "杭州 · Hybrid", "Remote from CN, SG". */
export function placeLine(
  job: { city: string | null; workplace: string; remoteCountries?: string[] },
  t: (key: string, values?: Record<string, string>) => string,
  locale: string,
): string {
  const workplace = t(`workplace.${job.workplace}`);
  const city = cityIn(job.city, locale);
  if (job.workplace !== "remote") return [city, workplace].filter(Boolean).join(" · ");
  const countries = job.remoteCountries ?? [];
  const remote = countries.length
    ? t("remoteFrom", {
        countries: countries.map((code) => countryName(code, locale)).join(listSeparator(locale)),
      })
    : workplace;
  return [city, remote].filter(Boolean).join(" · ");
}
