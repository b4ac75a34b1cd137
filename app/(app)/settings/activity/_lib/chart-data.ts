/** What the lazily loaded charts get: plain numbers and labels, already in the person's time zone. */
export interface ChartModel {
  id: string;
  name: string;
  color: string;
}

/** One bucket: its labels and a number per model id. */
export type SeriesPoint = { label: string; detail: string } & Record<string, number | string>;

export interface UsageChartData {
  unit: "hour" | "day";
  /** Stacking order: most credits at the bottom. */
  models: ChartModel[];
  credits: SeriesPoint[];
  requests: SeriesPoint[];
}

export interface KindChartData {
  kinds: { kind: string; label: string; credits: number; requests: number }[];
}

export const CHART_HEIGHTS = { credits: 220, requests: 150, kinds: 190 } as const;
