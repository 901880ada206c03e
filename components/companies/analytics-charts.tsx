"use client";
import type { ReactNode } from "react";
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
import { CHART_MARGIN, CHART_TICK, CHART_TOOLTIP_STYLE, useDayLabel } from "@/components/ui/chart-parts";

/** A chart over the days, with the axes, grid and tooltip every analytics chart shares. */
function DailyChart({
  daily,
  label,
  testId,
  kind,
  children,
}: {
  daily: DailyPoint[];
  label: string;
  testId: string;
  kind: "line" | "bars";
  children: ReactNode;
}) {
  const dayLabel = useDayLabel();
  const Chart = kind === "line" ? LineChart : BarChart;
  return (
    <div className="h-56 w-full" role="img" aria-label={label} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <Chart data={daily} margin={CHART_MARGIN}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="day" tickFormatter={dayLabel} tick={CHART_TICK} minTickGap={24} />
          <YAxis allowDecimals={false} tick={CHART_TICK} />
          <Tooltip
            labelFormatter={(day) => dayLabel(String(day))}
            contentStyle={CHART_TOOLTIP_STYLE}
            cursor={kind === "bars" ? { fill: "var(--surface-muted)" } : undefined}
          />
          {children}
        </Chart>
      </ResponsiveContainer>
    </div>
  );
}

/** Followers as of each day, as a line. */
export function FollowersChart({ daily, label }: { daily: DailyPoint[]; label: string }) {
  return (
    <DailyChart daily={daily} label={label} testId="followers-chart" kind="line">
      <Line
        type="monotone"
        dataKey="followers"
        name={label}
        stroke="var(--primary)"
        strokeWidth={2}
        dot={false}
      />
    </DailyChart>
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
  return (
    <DailyChart daily={daily} label={label} testId={testId} kind="bars">
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} radius={[3, 3, 0, 0]} />
      ))}
    </DailyChart>
  );
}
