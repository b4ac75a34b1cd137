"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd } from "@/config/plans";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";

// aria-hidden: the table under it has the same numbers, so Recharts' keyboard layer is off too.
const AXIS_TICK = { fontSize: 12, fill: "var(--muted-foreground)" };
const SERIES = [
  { key: "paid", name: "Paid", color: "var(--muted-foreground)" },
  { key: "approved", name: "Approved", color: "var(--success)" },
  { key: "pending", name: "Pending", color: "var(--accent)" },
] as const;
const shortMonth = (month: string) =>
  new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));

export default function EarningsChart({ months, height }: { months: AffiliateDashboard["byMonth"]; height: number }) {
  return (
    <div aria-hidden style={{ height }}>
      <BarChart accessibilityLayer={false} responsive data={months} style={{ width: "100%", height }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="month" tickFormatter={shortMonth} tick={AXIS_TICK} tickLine={false} axisLine={false} />
        <YAxis
          width={48}
          tickFormatter={(cents: number) => formatUsd(cents).replace(".00", "")}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={false}
        />
        <Tooltip
          cursor={{ fill: "var(--subtle)" }}
          formatter={(cents) => formatUsd(Number(cents))}
          labelFormatter={(month) => shortMonth(String(month))}
          contentStyle={{ background: "var(--surface)", border: "1px solid var(--border)", borderRadius: 12 }}
        />
        <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
        {SERIES.map((series) => (
          <Bar key={series.key} dataKey={series.key} name={series.name} stackId="earnings" fill={series.color} />
        ))}
      </BarChart>
    </div>
  );
}
