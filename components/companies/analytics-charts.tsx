"use client";
import { useFormatter } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { DailyPoint } from "@/lib/companies/analytics";

const TOOLTIP_STYLE = {
  background: "var(--surface)",
  border: "1px solid var(--border)",
  color: "var(--foreground)",
};

function useDayLabel() {
  const format = useFormatter();
  return (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { month: "short", day: "numeric", timeZone: "UTC" });
}

/** Followers as of each day, as a line. */
export function FollowersChart({ daily, label }: { daily: DailyPoint[]; label: string }) {
  const dayLabel = useDayLabel();
  return (
    <div className="h-56 w-full" role="img" aria-label={label} data-testid="followers-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={daily} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey="day"
            tickFormatter={dayLabel}
            tick={{ fill: "var(--muted)", fontSize: 12 }}
            minTickGap={24}
          />
          <YAxis allowDecimals={false} tick={{ fill: "var(--muted)", fontSize: 12 }} />
          <Tooltip labelFormatter={(day) => dayLabel(String(day))} contentStyle={TOOLTIP_STYLE} />
          <Line
            type="monotone"
            dataKey="followers"
            name={label}
            stroke="var(--primary)"
            strokeWidth={2}
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Any daily counts side by side as bars (page views; impressions and reactions). */
export function DailyBarsChart({
  daily,
  series,
  label,
  testId,
}: {
  daily: DailyPoint[];
  series: { key: "views" | "impressions" | "reactions"; name: string; color: string }[];
  label: string;
  testId: string;
}) {
  const dayLabel = useDayLabel();
  return (
    <div className="h-56 w-full" role="img" aria-label={label} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={daily} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey="day"
            tickFormatter={dayLabel}
            tick={{ fill: "var(--muted)", fontSize: 12 }}
            minTickGap={24}
          />
          <YAxis allowDecimals={false} tick={{ fill: "var(--muted)", fontSize: 12 }} />
          <Tooltip
            labelFormatter={(day) => dayLabel(String(day))}
            contentStyle={TOOLTIP_STYLE}
            cursor={{ fill: "var(--surface-muted)" }}
          />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} radius={[3, 3, 0, 0]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
