import type { UsageKind } from "@/lib/db";
import { USAGE_KINDS } from "./filters";

export interface Totals {
  /** Every request made, refunded ones included. */
  requests: number;
  /** Requests that failed and cost nothing. */
  refunded: number;
  credits: number;
}

export interface ModelUsage extends Totals {
  model: string;
}

export interface KindUsage extends Totals {
  kind: UsageKind;
}

export interface BucketUsage extends Totals {
  byModel: Record<string, Totals>;
}

export interface ActivityUsage {
  totals: Totals;
  /** Models with any request in the range, most credits first. */
  byModel: ModelUsage[];
  /** Every kind, in a fixed order, zeros included. */
  byKind: KindUsage[];
  /** One per bucket of the range, in time order. */
  buckets: BucketUsage[];
}

/** Sums for one bucket × model × kind; corrections may be negative (see getActivityUsage). */
export interface BucketCell extends Totals {
  bucket: number;
  model: string;
  kind: UsageKind;
}

const zero = (): Totals => ({ requests: 0, refunded: 0, credits: 0 });

function add(into: Totals, cell: Totals) {
  into.requests += cell.requests;
  into.refunded += cell.refunded;
  into.credits += cell.credits;
}

export function summarizeUsage(cells: BucketCell[], bucketCount: number): ActivityUsage {
  const totals = zero();
  const byModel = new Map<string, ModelUsage>();
  const byKind = new Map<UsageKind, KindUsage>(USAGE_KINDS.map((kind) => [kind, { kind, ...zero() }]));
  const buckets: BucketUsage[] = Array.from({ length: bucketCount }, () => ({ ...zero(), byModel: {} }));
  for (const cell of cells) {
    add(totals, cell);
    if (!byModel.has(cell.model)) byModel.set(cell.model, { model: cell.model, ...zero() });
    add(byModel.get(cell.model)!, cell);
    add(byKind.get(cell.kind)!, cell);
    const bucket = buckets[cell.bucket]!;
    add(bucket, cell);
    add((bucket.byModel[cell.model] ??= zero()), cell);
  }
  return {
    totals,
    byModel: [...byModel.values()]
      .filter((usage) => usage.requests > 0)
      .sort((a, b) => b.credits - a.credits || b.requests - a.requests || a.model.localeCompare(b.model)),
    byKind: [...byKind.values()],
    buckets,
  };
}

/** Requests that were charged (not refunded); the denominator of an average cost. */
export const chargedRequests = (totals: Totals) => totals.requests - totals.refunded;

/** The change from `previous` to `current` in whole percent; null when there was nothing before. */
export function percentChange(current: number, previous: number) {
  if (previous === 0) return current === 0 ? 0 : null;
  return Math.round(((current - previous) / previous) * 100);
}

/**
 * A summary figure against the period before (`before` says which, e.g. "the 7 days before"):
 * "+12 % vs …", "−5 % vs …", "same as …", "up from 0 in …", "none in …" (an average with nothing to
 * average then); nothing when both are empty.
 */
export function describeChange(current: number | null, previous: number | null, before: string) {
  if (current === null) return null;
  if (previous === null) return `none in ${before}`;
  const change = percentChange(current, previous);
  if (change === null) return `up from 0 in ${before}`;
  if (change === 0) return current === 0 ? null : `same as ${before}`;
  return `${change > 0 ? "+" : "−"}${Math.abs(change).toLocaleString("en-US")} % vs ${before}`;
}

/** Average credits per charged request, or null when nothing was charged. */
export function averageCost(totals: Totals) {
  const charged = chargedRequests(totals);
  return charged > 0 ? totals.credits / charged : null;
}
