"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_MARGIN, CHART_TICK, CHART_TOOLTIP_STYLE, useDayLabel } from "@/components/ui/chart-parts";

/** Views per day over the window, as bars. */
export function ViewsChart({ daily, label }: { daily: { day: string; views: number }[]; label: string }) {
  const dayLabel = useDayLabel();
  return (
    <div className="h-56 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={daily} margin={CHART_MARGIN}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey="day"
            tickFormatter={dayLabel}
            tick={CHART_TICK}
            interval="preserveStartEnd"
            minTickGap={24}
          />
          <YAxis allowDecimals={false} tick={CHART_TICK} />
          <Tooltip
            labelFormatter={(day) => dayLabel(String(day))}
            contentStyle={CHART_TOOLTIP_STYLE}
            cursor={{ fill: "var(--surface-muted)" }}
          />
          <Bar dataKey="views" name={label} fill="var(--primary)" radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
