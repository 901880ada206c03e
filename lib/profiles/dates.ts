/** Whole months from `start` to `end` (both first days of a month), counting both ends: Jan–Mar is 3. */
export function monthsBetween(start: Date, end: Date): number {
  return (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
}

/** A position's length as years and months, LinkedIn-style (an ongoing one runs to this month). */
export function tenure(start: Date, end: Date | null, now = new Date()): { years: number; months: number } {
  const total = Math.max(
    1,
    monthsBetween(start, end ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))),
  );
  return { years: Math.floor(total / 12), months: total % 12 };
}

/** "2024-03" for a month date, as the edit forms and JSON Resume write it. */
export function toMonthString(date: Date | null): string {
  return date ? date.toISOString().slice(0, 7) : "";
}
