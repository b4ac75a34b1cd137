import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays, format } from "date-fns";
import { CREDIT_PACKS, PLANS, type CreditPackId, type PlanId } from "@/config/plans";

const DAY_MS = 86_400_000;
/** The pace is read over the last 7 whole days in the person's time zone… */
export const FORECAST_WINDOW_DAYS = 7;
/** …and needs at least 3 of them (an account younger than that has not shown a pace yet). */
export const FORECAST_MIN_DAYS = 3;

export type ForecastSuggestion =
  | { kind: "pack"; packId: CreditPackId; credits: number; priceCents: number }
  | { kind: "plan"; plan: PlanId; credits: number; priceCents: number };

export type RunOutForecast =
  | { kind: "not-enough-history" }
  /** `perDay` 0: nothing spent in the window. */
  | { kind: "lasts"; perDay: number; days: number; resetDay: string }
  | {
      kind: "runs-out";
      perDay: number;
      days: number;
      runOutDay: string;
      resetDay: string;
      daysBeforeReset: number;
      /** Credits short of lasting until the reset at this pace. */
      gap: number;
      suggestion: ForecastSuggestion;
    };

export interface ForecastInput {
  /** Credits spent on each whole local day of the window, oldest first (refunded requests cost nothing). */
  dailySpend: number[];
  /** What can be spent now. */
  available: number;
  /** When the monthly allowance resets (the period's end). */
  resetAt: Date;
  plan: PlanId;
  timeZone: string;
  now: Date;
}

const localDay = (instant: Date, timeZone: string) => format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");

/**
 * The cheapest way to cover `gap` credits: the smallest pack that does; or, when none does, a bigger plan
 * whose monthly allowance covers a month at this pace; or else the biggest pack (it covers the most).
 */
export function suggestionFor(gap: number, perDay: number, plan: PlanId): ForecastSuggestion {
  const packs = Object.values(CREDIT_PACKS).sort((a, b) => a.credits - b.credits);
  const pack = packs.find((candidate) => candidate.credits >= gap);
  if (pack) return { kind: "pack", packId: pack.id, credits: pack.credits, priceCents: pack.priceCents };
  const better = Object.values(PLANS)
    .filter((candidate) => candidate.monthlyCredits > PLANS[plan].monthlyCredits)
    .sort((a, b) => a.monthlyCredits - b.monthlyCredits)
    .find((candidate) => candidate.monthlyCredits >= perDay * 30);
  if (better) return { kind: "plan", plan: better.id, credits: better.monthlyCredits, priceCents: better.priceCents };
  const biggest = packs.at(-1)!;
  return { kind: "pack", packId: biggest.id, credits: biggest.credits, priceCents: biggest.priceCents };
}

/**
 * When the balance runs out at the recent pace: the average of the whole days in the window (a pack
 * bought in it changes the balance, never the pace), carried forward from now; days are calendar days
 * in the person's time zone, so a 23- or 25-hour day on a clock change counts as one day.
 */
export function forecastRunOut({ dailySpend, available, resetAt, plan, timeZone, now }: ForecastInput): RunOutForecast {
  const days = dailySpend.length;
  if (days < FORECAST_MIN_DAYS) return { kind: "not-enough-history" };
  const perDay = dailySpend.reduce((sum, credits) => sum + credits, 0) / days;
  const resetDay = localDay(resetAt, timeZone);
  if (perDay === 0) return { kind: "lasts", perDay, days, resetDay };
  const runOutAt = new Date(now.getTime() + (Math.max(0, available) / perDay) * DAY_MS);
  if (runOutAt >= resetAt) return { kind: "lasts", perDay, days, resetDay };
  const runOutDay = localDay(runOutAt, timeZone);
  const gap = Math.ceil((perDay * (resetAt.getTime() - now.getTime())) / DAY_MS - Math.max(0, available));
  return {
    kind: "runs-out",
    perDay,
    days,
    runOutDay,
    resetDay,
    daysBeforeReset: differenceInCalendarDays(new Date(`${resetDay}T00:00:00Z`), new Date(`${runOutDay}T00:00:00Z`)),
    gap,
    suggestion: suggestionFor(gap, perDay, plan),
  };
}
