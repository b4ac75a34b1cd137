import { CalendarClock } from "lucide-react";
import Link from "next/link";
import { CREDIT_PACKS, PLANS, formatUsd } from "@/config/plans";
import { formatCredits, formatNumber } from "@/components/format";
import { Card, CardContent } from "@/components/ui/card";
import type { ForecastSuggestion, RunOutForecast } from "@/lib/billing/forecast";
import { getRunOutForecast } from "@/lib/billing/queries";

/** A yyyy-mm-dd local day as "January 13". */
const dayLabel = (day: string) =>
  new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );

const LINK = "font-medium text-accent underline-offset-4 hover:underline";
const SMALLEST_PACK_CENTS = Math.min(...Object.values(CREDIT_PACKS).map((pack) => pack.priceCents));

function pace({ perDay, days }: { perDay: number; days: number }) {
  return `At your pace over the ${days} days before today (about ${formatCredits(Math.max(1, Math.round(perDay)))} a day)`;
}

function Suggestion({ suggestion, gap }: { suggestion: ForecastSuggestion; gap: number }) {
  if (suggestion.kind === "raise-cap")
    return (
      <>
        You set that limit yourself: you can raise it in{" "}
        <Link href="/settings/billing#alerts" className={LINK}>
          Plan & billing
        </Link>
        .
      </>
    );
  if (suggestion.kind === "plan")
    return (
      <>
        {PLANS[suggestion.plan].name} ({formatUsd(suggestion.priceCents)} a month) starts a new month at once with{" "}
        {formatCredits(suggestion.credits)}: enough for a month at this pace.{" "}
        <Link href="/settings/billing#plans" className={LINK}>
          See plans
        </Link>
      </>
    );
  return (
    <>
      The {formatNumber(suggestion.credits)}-credit pack ({formatUsd(suggestion.priceCents)}){" "}
      {suggestion.credits >= gap
        ? `covers the ${formatCredits(gap)} you would be short.`
        : `covers ${formatCredits(suggestion.credits)} of the ${formatCredits(gap)} you would be short.`}{" "}
      <Link href="/settings/billing#packs" className={LINK}>
        Buy credits
      </Link>
    </>
  );
}

function Forecast({ forecast }: { forecast: RunOutForecast }) {
  switch (forecast.kind) {
    case "not-enough-history":
      return (
        <p className="text-muted-foreground">
          Not enough usage yet to tell: after a few days of use, this shows when your credits would run out at your
          pace.
        </p>
      );
    case "no-reset":
      return (
        <p className="text-muted-foreground">
          Your next monthly credits wait for a payment to go through, or for your email to be confirmed, so there is no
          reset date to count to yet.
        </p>
      );
    case "lasts":
      return (
        <p>
          {forecast.perDay === 0
            ? `You have not spent credits in the ${forecast.days} days before today: your balance lasts past the reset on ${dayLabel(forecast.resetDay)}.`
            : `${pace(forecast)} your balance lasts past the reset on ${dayLabel(forecast.resetDay)}.`}
        </p>
      );
    case "out":
      return (
        <>
          <p>
            {forecast.limitedBy === "cap"
              ? `Your monthly spending limit leaves nothing more to spend until your allowance resets on ${dayLabel(forecast.resetDay)}.`
              : `You have no credits left to spend until your allowance resets on ${dayLabel(forecast.resetDay)}.`}
          </p>
          <p className="text-muted-foreground">
            {forecast.perDay === 0 && forecast.suggestion.kind === "pack" ? (
              <>
                Credit packs start at {formatUsd(SMALLEST_PACK_CENTS)} and never expire.{" "}
                <Link href="/settings/billing#packs" className={LINK}>
                  Buy credits
                </Link>
              </>
            ) : (
              <Suggestion suggestion={forecast.suggestion} gap={forecast.gap} />
            )}
          </p>
        </>
      );
    case "runs-out":
      return (
        <>
          <p>
            {pace(forecast)}{" "}
            {forecast.limitedBy === "cap" ? "your monthly spending limit stops you" : "you will run out"} around{" "}
            <strong>{dayLabel(forecast.runOutDay)}</strong>
            {forecast.daysBeforeReset > 0
              ? ` — ${forecast.daysBeforeReset} ${forecast.daysBeforeReset === 1 ? "day" : "days"} before your allowance resets on ${dayLabel(forecast.resetDay)}.`
              : ", the day your allowance resets."}
          </p>
          <p className="text-muted-foreground">
            <Suggestion suggestion={forecast.suggestion} gap={forecast.gap} />
          </p>
        </>
      );
  }
}

/** "You'll run out on …": what can be spent against the recent pace, and what would cover the gap. */
export async function RunOutForecastCard({ userId, timeZone }: { userId: string; timeZone: string }) {
  const forecast = await getRunOutForecast({ userId, timeZone });
  return (
    <Card>
      <CardContent className="flex gap-3 text-sm">
        <CalendarClock aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
        <div className="space-y-1">
          <h2 className="font-semibold">When your credits run out</h2>
          <Forecast forecast={forecast} />
        </div>
      </CardContent>
    </Card>
  );
}
