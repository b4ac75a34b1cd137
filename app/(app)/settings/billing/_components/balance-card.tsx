import type { Balance } from "@/lib/credits/queries";
import { CREDIT_SOURCE_LABELS } from "@/components/credit-sources";
import { formatCredits, formatDate, formatNumber } from "@/components/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

interface BalanceCardProps {
  balance: Balance | null;
  timeZone: string;
  /** Credits out of the balance while a payment is disputed. */
  frozen: number;
  /** Credits taken back because their payment was refunded or lost in a dispute. */
  takenBack: number;
  /** A plan payment not collected yet: the allowance comes with it, not with the calendar. */
  awaitingPayment: boolean;
  /** Not verified yet: the Free allowance waits for the emailed link. */
  awaitingEmail: boolean;
}

export function BalanceCard({
  balance,
  timeZone,
  frozen,
  takenBack,
  awaitingPayment,
  awaitingEmail,
}: BalanceCardProps) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Balance</CardTitle>
        <CardDescription>Spent in this order: allowance first, pack credits last.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {balance ? (
          <>
            <div>
              <p className="text-3xl font-semibold tracking-tight tabular-nums">{formatCredits(balance.available)}</p>
              <p className="text-sm text-muted-foreground">
                available
                {balance.held > 0 && ` · ${formatNumber(balance.held)} reserved for requests in progress`}
              </p>
            </div>
            {(frozen > 0 || takenBack > 0) && (
              <ul className="space-y-1 rounded-xl bg-subtle px-4 py-3 text-xs text-muted-foreground">
                {frozen > 0 && (
                  <li>
                    {formatCredits(frozen)} frozen while a payment is disputed; they come back if the dispute is won.
                  </li>
                )}
                {takenBack > 0 && (
                  <li>
                    {formatCredits(takenBack)} taken back because their payment was refunded or lost in a dispute (see
                    Receipts).
                  </li>
                )}
              </ul>
            )}
            {balance.bySource.length > 0 ? (
              <dl className="divide-y divide-border rounded-xl border border-border">
                {balance.bySource.map((entry) => (
                  <div
                    key={entry.source}
                    className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-4 py-3"
                  >
                    <dt className="text-sm">
                      <span className="font-medium">{CREDIT_SOURCE_LABELS[entry.source]}</span>
                      <span className="block text-xs text-muted-foreground">
                        {entry.expiresAt ? `Expires ${formatDate(entry.expiresAt, timeZone)}` : "Never expires"}
                      </span>
                    </dt>
                    <dd className="text-sm font-medium tabular-nums">{formatCredits(entry.remaining)}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="rounded-xl border border-border px-4 py-3 text-sm text-muted-foreground">
                {awaitingEmail
                  ? "Confirm your email to get your free credits (the link is in your inbox). A credit pack works at once."
                  : awaitingPayment
                    ? "You have no credits left until your plan payment goes through. A credit pack works at once."
                    : "You have no credits left until your allowance resets."}
              </p>
            )}
          </>
        ) : (
          <p className="text-sm text-muted-foreground">Your balance could not be loaded. Please reload the page.</p>
        )}
      </CardContent>
    </Card>
  );
}
