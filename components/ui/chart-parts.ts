"use client";
import { useFormatter } from "next-intl";

/** recharts styling in the app's colours (CSS variables, so dark mode follows). */
export const CHART_TICK = { fill: "var(--muted)", fontSize: 12 };
export const CHART_TOOLTIP_STYLE = {
  background: "var(--surface)",
  border: "1px solid var(--border)",
  color: "var(--foreground)",
};
export const CHART_MARGIN = { top: 8, right: 8, bottom: 0, left: -20 };

/** "2026-11-29" as a short date in the reader's language ("Nov 29", "11月29日"). */
export function useDayLabel() {
  const format = useFormatter();
  return (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { month: "short", day: "numeric", timeZone: "UTC" });
}
