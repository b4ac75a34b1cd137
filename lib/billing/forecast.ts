import { differenceInCalendarDays } from "date-fns";
import { CREDIT_PACKS, PLANS, type CreditPackId, type PlanId } from "@/config/plans";
import { localDay } from "@/lib/activity/range";

const DAY_MS = 86_400_000;
/** The pace is read over the last 7 whole days in the person's time zone… */
export const FORECAST_WINDOW_DAYS = 7;
/** …and needs at least 3 of them (an account younger than that has not shown a pace yet). */
export const FORECAST_MIN_DAYS = 3;

export type ForecastSuggestion =
  | { kind: "pack"; packId: CreditPackId; credits: number; priceCents: number }
  /** An upgrade starts a new period at once with the plan's whole allowance. */
  | { kind: "plan"; plan: PlanId; credits: number; priceCents: number }
  /** The monthly spending limit, not the balance, is what stops the person. */
  | { kind: "raise-cap" };

type Pace = { perDay: number; days: number; resetDay: string };
export type RunOutForecast =
  | { kind: "not-enough-history" }
  /** No allowance is due (a renewal's payment still to go through, an email to confirm): no date to count to. */
  | { kind: "no-reset" }
  /** Nothing left to spend now (the balance, or the limit's room this period). */
  | ({ kind: "out"; limitedBy: "balance" | "cap"; gap: number; suggestion: ForecastSuggestion } & Pace)
  /** `perDay` 0: nothing spent in the window. */
  | ({ kind: "lasts" } & Pace)
  | ({
      kind: "runs-out";
      limitedBy: "balance" | "cap";
      runOutDay: string;
      daysBeforeReset: number;
      /** Credits short of lasting until the reset at this pace. */
      gap: number;
      suggestion: ForecastSuggestion;
    } & Pace);

export interface ForecastInput {
  /** Credits spent on each whole local day of the window, oldest first (refunded requests cost nothing). */
  dailySpend: number[];
  /** What the balance has to spend now. */
  available: number;
  /** What the monthly spending limit still allows this period (null: no limit). */
  capRoom: number | null;
  /** When the next allowance comes (the period's end). */
  resetAt: Date;
  plan: PlanId;
  timeZone: string;
  now: Date;
}

/**
 * The cheapest way to cover `gap` credits: the smallest pack that covers it, or a bigger plan (it starts a
 * new period now with its whole allowance, so with what is left it must cover a month at this pace),
 * whichever costs less; when neither covers, the biggest pack, which covers the most.
 */
export function suggestionFor({
  gap,
  perDay,
  available,
  plan,
}: {
  gap: number;
  perDay: number;
  available: number;
  plan: PlanId;
}): ForecastSuggestion {
  const packs = Object.values(CREDIT_PACKS).sort((a, b) => a.credits - b.credits);
  const pack = packs.find((candidate) => candidate.credits >= gap);
  const upgrade = Object.values(PLANS)
    .filter((candidate) => candidate.monthlyCredits > PLANS[plan].monthlyCredits)
    .sort((a, b) => a.priceCents - b.priceCents)
    .find((candidate) => candidate.monthlyCredits + available >= perDay * 30);
  if (upgrade && (!pack || upgrade.priceCents < pack.priceCents))
    return { kind: "plan", plan: upgrade.id, credits: upgrade.monthlyCredits, priceCents: upgrade.priceCents };
  const chosen = pack ?? packs.at(-1)!;
  return { kind: "pack", packId: chosen.id, credits: chosen.credits, priceCents: chosen.priceCents };
}

/**
 * When the person can no longer spend at the recent pace: the average of the whole days in the window
 * (a pack bought in it changes the balance, never the pace), carried forward from now against what they
 * can spend — the balance, or the monthly limit's room if that is smaller. Days are calendar days in the
 * person's time zone, so a 23- or 25-hour day on a clock change counts as one day.
 */
export function forecastRunOut(input: ForecastInput): RunOutForecast {
  const { dailySpend, available, capRoom, resetAt, plan, timeZone, now } = input;
  const days = dailySpend.length;
  if (days < FORECAST_MIN_DAYS) return { kind: "not-enough-history" };
  if (resetAt <= now) return { kind: "no-reset" };
  const perDay = dailySpend.reduce((sum, credits) => sum + credits, 0) / days;
  const pace = { perDay, days, resetDay: localDay(resetAt, timeZone) };
  const limitedBy = capRoom !== null && capRoom < available ? "cap" : "balance";
  const spendable = Math.max(0, limitedBy === "cap" ? capRoom! : available);
  const gap = Math.max(1, Math.ceil((perDay * (resetAt.getTime() - now.getTime())) / DAY_MS - spendable));
  const suggestion: ForecastSuggestion =
    limitedBy === "cap" ? { kind: "raise-cap" } : suggestionFor({ gap, perDay, available: spendable, plan });
  if (spendable === 0) return { kind: "out", limitedBy, gap, suggestion, ...pace };
  if (perDay === 0) return { kind: "lasts", ...pace };
  const runOutAt = new Date(now.getTime() + (spendable / perDay) * DAY_MS);
  if (runOutAt >= resetAt) return { kind: "lasts", ...pace };
  const runOutDay = localDay(runOutAt, timeZone);
  return {
    kind: "runs-out",
    limitedBy,
    runOutDay,
    daysBeforeReset: differenceInCalendarDays(
      new Date(`${pace.resetDay}T00:00:00Z`),
      new Date(`${runOutDay}T00:00:00Z`),
    ),
    gap,
    suggestion,
    ...pace,
  };
}
