import type { BucketSource } from "@/lib/db";
import type { Balance } from "@/lib/credits/queries";
import { CREDIT_SOURCE_LABELS } from "@/components/credit-sources";
import { formatCredits, formatDate, formatNumber } from "@/components/format";
import { Card } from "@/components/ui/card";

const SOURCE_COLORS: Record<BucketSource, string> = {
  PLAN_ALLOWANCE: "bg-accent",
  REFERRAL: "bg-emerald-500",
  ADJUSTMENT: "bg-slate-400",
  AFFILIATE: "bg-sky-500",
  PACK: "bg-amber-500",
};

// Allowance, packs and referral always show (zero or not), in spend order.
const SHOWN: BucketSource[] = ["PLAN_ALLOWANCE", "REFERRAL", "ADJUSTMENT", "AFFILIATE", "PACK"];

/** The balance right now, split by where the credits came from, and when the allowance resets. */
export function BalanceSummary({ balance, timeZone }: { balance: Balance | null; timeZone: string }) {
  if (!balance) return null;
  const remaining = (source: BucketSource) => balance.bySource.find((entry) => entry.source === source)?.remaining ?? 0;
  const total = balance.bySource.reduce((sum, entry) => sum + entry.remaining, 0);
  const sources = SHOWN.filter(
    (source) => (source !== "ADJUSTMENT" && source !== "AFFILIATE") || remaining(source) > 0,
  );
  return (
    <Card className="p-4 sm:p-5" aria-labelledby="balance-title" role="region">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id="balance-title" className="text-sm text-muted-foreground">
          Balance now
        </h3>
        <p className="text-xs text-muted-foreground">
          Allowance resets on{" "}
          <time dateTime={balance.allowanceResetsAt.toISOString()} className="font-medium text-foreground">
            {formatDate(balance.allowanceResetsAt, timeZone)}
          </time>
        </p>
      </div>
      <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums" data-testid="balance-available">
        {formatCredits(balance.available)}
        {balance.held > 0 && (
          <span className="ml-2 text-sm font-normal text-muted-foreground">
            + {formatNumber(balance.held)} reserved
          </span>
        )}
      </p>
      <div className="mt-3 flex h-2 overflow-hidden rounded-full bg-subtle" aria-hidden>
        {total > 0 &&
          sources.map((source) => (
            <div
              key={source}
              className={SOURCE_COLORS[source]}
              style={{ width: `${(remaining(source) / total) * 100}%` }}
            />
          ))}
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-3">
        {sources.map((source) => (
          <div key={source} className="flex items-center justify-between gap-3 text-sm sm:block">
            <dt className="flex items-center gap-2 text-muted-foreground">
              <span className={`size-2 rounded-full ${SOURCE_COLORS[source]}`} aria-hidden />
              {CREDIT_SOURCE_LABELS[source]}
            </dt>
            <dd className="font-medium tabular-nums sm:mt-0.5 sm:pl-4">{formatCredits(remaining(source))}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
