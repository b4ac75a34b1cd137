import { CalendarClock } from "lucide-react";
import Link from "next/link";
import { PLANS, formatUsd } from "@/config/plans";
import { formatCredits, formatNumber } from "@/components/format";
import { Card, CardContent } from "@/components/ui/card";
import type { RunOutForecast } from "@/lib/billing/forecast";
import { getRunOutForecast } from "@/lib/billing/queries";

/** A yyyy-mm-dd local day as "January 13". */
const dayLabel = (day: string) =>
  new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );

function pace(forecast: Extract<RunOutForecast, { perDay: number }>) {
  const perDay = Math.max(1, Math.round(forecast.perDay));
  return `At your pace over the ${forecast.days} days before today (about ${formatCredits(perDay)} a day)`;
}

function Suggestion({ forecast }: { forecast: Extract<RunOutForecast, { kind: "runs-out" }> }) {
  const { suggestion, gap } = forecast;
  if (suggestion.kind === "plan")
    return (
      <>
        {PLANS[suggestion.plan].name} ({formatCredits(suggestion.credits)} a month, {formatUsd(suggestion.priceCents)})
        covers a month at this pace.{" "}
        <Link href="/settings/billing#plans" className="font-medium text-accent underline-offset-4 hover:underline">
          See plans
        </Link>
      </>
    );
  const covers = suggestion.credits >= gap;
  return (
    <>
      The {formatNumber(suggestion.credits)}-credit pack ({formatUsd(suggestion.priceCents)}){" "}
      {covers
        ? `covers the ${formatCredits(gap)} you would be short.`
        : `covers ${formatCredits(suggestion.credits)} of the ${formatCredits(gap)} you would be short.`}{" "}
      <Link href="/settings/billing#packs" className="font-medium text-accent underline-offset-4 hover:underline">
        Buy credits
      </Link>
    </>
  );
}

/** "You'll run out on …": the balance against the recent pace, and what would cover the gap. */
export async function RunOutForecastCard({ userId, timeZone }: { userId: string; timeZone: string }) {
  const forecast = await getRunOutForecast({ userId, timeZone });
  return (
    <Card>
      <CardContent className="flex gap-3 text-sm">
        <CalendarClock aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
        <div className="space-y-1">
          <h2 className="font-semibold">When your credits run out</h2>
          {forecast.kind === "not-enough-history" && (
            <p className="text-muted-foreground">
              Not enough usage yet to tell: after a few days of use, this shows when your credits would run out at your
              pace.
            </p>
          )}
          {forecast.kind === "lasts" && (
            <p>
              {forecast.perDay === 0
                ? `You have not spent credits in the ${forecast.days} days before today: your balance lasts past the reset on ${dayLabel(forecast.resetDay)}.`
                : `${pace(forecast)} your balance lasts past the reset on ${dayLabel(forecast.resetDay)}.`}
            </p>
          )}
          {forecast.kind === "runs-out" && (
            <>
              <p>
                {pace(forecast)} you will run out around <strong>{dayLabel(forecast.runOutDay)}</strong>
                {forecast.daysBeforeReset > 0
                  ? ` — ${forecast.daysBeforeReset} ${forecast.daysBeforeReset === 1 ? "day" : "days"} before your allowance resets on ${dayLabel(forecast.resetDay)}.`
                  : `, the day your allowance resets.`}
              </p>
              <p className="text-muted-foreground">
                <Suggestion forecast={forecast} />
              </p>
            </>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
