import { TZDate } from "@date-fns/tz";
import { z } from "zod";

/** Where nobody said otherwise (a visitor before their browser said, a page all visitors share). */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const ZONES = new Set<string>([...Intl.supportedValuesOf("timeZone"), "UTC"]);

/** An IANA time zone this runtime knows: "Asia/Shanghai", "Europe/London", "UTC". */
export const isTimeZone = (value: unknown): value is string => typeof value === "string" && ZONES.has(value);

export const TimeZoneSchema = z
  .string({ error: "timeZone.invalid" })
  .trim()
  .refine(isTimeZone, "timeZone.invalid");

/** The zones to choose from, with their offset now ("(UTC+08:00) Asia/Shanghai"), east of UTC last. */
export function timeZoneOptions(now = new Date()) {
  return [...ZONES]
    .map((zone) => {
      const offset = -new TZDate(now, zone).getTimezoneOffset();
      const sign = offset < 0 ? "-" : "+";
      const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
      const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
      return { value: zone, offset, label: `(UTC${sign}${hours}:${minutes}) ${zone.replaceAll("_", " ")}` };
    })
    .sort((a, b) => a.offset - b.offset || a.value.localeCompare(b.value));
}

/** The calendar day an instant falls on in a zone: "2027-01-01". */
export function dayIn(at: Date, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The last second of a calendar day ("2027-01-01") in a zone, as an instant. */
export function endOfDayIn(day: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date, 23, 59, 59, timeZone).getTime());
}

/** The first instant of a calendar day in a zone. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date, 0, 0, 0, timeZone).getTime());
}
