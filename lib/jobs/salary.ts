import { PERIODS_PER_YEAR } from "./schemas";

// What one unit of each currency is worth in yuan, roughly: only to sort jobs into the search's salary bands,
// never shown as an amount. Kept here rather than fetched: the bands are wide enough for rates of a year ago.
const CNY_PER_UNIT: Record<string, number> = {
  CNY: 1,
  USD: 7.2,
  EUR: 7.8,
  GBP: 9.1,
  JPY: 0.048,
  HKD: 0.92,
  SGD: 5.4,
  TWD: 0.22,
  KRW: 0.0052,
  AUD: 4.7,
  CAD: 5.2,
};

/** The search's salary bands: a job is in each band its top of range reaches (yuan a year). */
export const SALARY_BANDS = ["100k", "200k", "400k", "700k", "1m"] as const;
const BAND_FLOORS = [100_000, 200_000, 400_000, 700_000, 1_000_000];

type Salary = {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: keyof typeof PERIODS_PER_YEAR | null;
  /** months of pay a year for a monthly salary (13薪…); null: twelve */
  salaryMonths?: number | null;
};

/** The top of a job's range in yuan a year, or null when it gives none. */
export function yearlyCny({
  salaryMin,
  salaryMax,
  salaryCurrency,
  salaryPeriod,
  salaryMonths,
}: Salary): number | null {
  const amount = salaryMax ?? salaryMin;
  const rate = salaryCurrency ? CNY_PER_UNIT[salaryCurrency] : undefined;
  if (amount === null || rate === undefined || !salaryPeriod) return null;
  const periods = salaryPeriod === "month" && salaryMonths ? salaryMonths : PERIODS_PER_YEAR[salaryPeriod];
  return Math.round(amount * rate * periods);
}

export function salaryBandsOf(salary: Salary): string[] {
  const yearly = yearlyCny(salary);
  if (yearly === null) return [];
  return SALARY_BANDS.filter((_, i) => yearly >= BAND_FLOORS[i]!);
}
