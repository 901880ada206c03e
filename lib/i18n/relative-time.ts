/** Under a minute ago reads "刚刚" / "just now", not "现在" / "now" (which CLDR gives for zero seconds). */
export const JUST_NOW_MS = 60_000;

type RelativeFormatter = { relativeTime(date: Date, now: Date): string };

/** "3天前" / "3 days ago", or the language's "just now" for the last minute (and a clock a little ahead). */
export function timeAgo(
  format: RelativeFormatter,
  justNow: string,
  date: Date | string | number,
  now = new Date(),
) {
  const at = new Date(date);
  return now.getTime() - at.getTime() < JUST_NOW_MS && at.getTime() - now.getTime() < JUST_NOW_MS
    ? justNow
    : format.relativeTime(at, now);
}
