import { AFFILIATE_TERMS } from "@/config/affiliate";
import { formatUsd } from "@/config/plans";
import { formatDate } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";
import { MONEY_PAYOUTS_OFF_MESSAGE } from "@/lib/billing/stripe";
import { PayoutAccountActions } from "./payout-account-actions";

interface PayoutAccountCardProps {
  account: AffiliateDashboard["payoutAccount"];
  approvedCents: number;
  /** This server can pay in money (Stripe Connect, or test mode's sandbox). */
  available: boolean;
  testMode: boolean;
  timeZone: string;
}

const MINIMUM = formatUsd(AFFILIATE_TERMS.transferMinimumCents);

/** Payouts in money: set up a Stripe Express account, then a transfer on the 1st of each month. */
export function PayoutAccountCard({ account, approvedCents, available, testMode, timeZone }: PayoutAccountCardProps) {
  const state = !account.connected
    ? "new"
    : account.transfersEnabled
      ? "ready"
      : account.detailsSubmitted
        ? "review"
        : "unfinished";
  return (
    <Card id="payouts">
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          Payouts in money
          {state === "ready" && <Badge tone="success">On</Badge>}
          {(state === "review" || state === "unfinished") && <Badge tone="warning">Not ready</Badge>}
        </CardTitle>
        <CardDescription>
          On the 1st of each month, approved earnings of at least {MINIMUM} are sent to your bank account through
          Stripe. Or take them as credits at once, worth {AFFILIATE_TERMS.creditPayoutPercent} %.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {!available ? (
          <p className="text-muted-foreground">{MONEY_PAYOUTS_OFF_MESSAGE}</p>
        ) : (
          <>
            {state === "new" && <p>Stripe asks who you are and where to send the money; it takes a few minutes.</p>}
            {state === "unfinished" && <p>You started setting up payouts: Stripe still needs your details.</p>}
            {state === "review" && (
              <p>
                Stripe cannot send you money yet: it is checking your details or needs more of them. Update them with
                Stripe, or check again if you just did.
              </p>
            )}
            {state === "ready" && (
              <p>
                Next transfer on {formatDate(account.nextTransferOn, timeZone)}:{" "}
                {approvedCents >= AFFILIATE_TERMS.transferMinimumCents ? (
                  <strong className="tabular-nums">{formatUsd(approvedCents)} approved so far.</strong>
                ) : (
                  <>
                    <span className="tabular-nums">{formatUsd(Math.max(0, approvedCents))}</span> approved so far; at
                    least {MINIMUM} is needed for a transfer.
                  </>
                )}
              </p>
            )}
            <PayoutAccountActions state={state} testMode={testMode} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
