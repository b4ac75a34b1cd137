import type { Metadata } from "next";
import Link from "next/link";
import { AFFILIATE_TERMS, commissionCents, creditsForEarnings } from "@/config/affiliate";
import { formatUsd, PLANS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { moneyPayoutsEnabled } from "@/lib/billing/stripe";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Section } from "../_components/section";

export const metadata: Metadata = {
  title: "Affiliate program",
  description: `Earn ${AFFILIATE_TERMS.commissionPercent}% of what the people you bring to Tally pay in their first ${AFFILIATE_TERMS.commissionMonths} months.`,
};

const example = commissionCents(PLANS.PRO.priceCents);

// Whether payouts in money are offered is this server's setting, read when the page is asked for.
export const dynamic = "force-dynamic";

/** The affiliate program's terms, all read from config/affiliate.ts. */
export default function AffiliateProgramPage() {
  const terms = [
    {
      title: "What you earn",
      text: `${AFFILIATE_TERMS.commissionPercent}% of every payment (plans and credit packs) made by a customer you referred, during their first ${AFFILIATE_TERMS.commissionMonths} months, net of refunds. Amounts are in cents, rounded to the nearest cent: a Pro month (${formatUsd(PLANS.PRO.priceCents)}) earns you ${formatUsd(example)}.`,
    },
    {
      title: "Who counts as yours",
      text: `Someone who signs up within ${AFFILIATE_TERMS.attributionDays} days of their last click on your link (a cookie). The first sign-up wins, and it is for good. Referring yourself — your own account, another address of your own inbox, or a customer paying with a card you paid with — earns nothing.`,
    },
    {
      title: "When it is yours",
      text: `Each commission is pending for ${AFFILIATE_TERMS.pendingDays} days, the refund window, then approved. While the payment is disputed, its commission waits for the bank's decision. If the payment is refunded or a dispute is lost, the commission is reversed; if it was already paid out, the amount is taken from your next payout.`,
    },
    {
      title: "How you are paid",
      text: `Take approved earnings as credits at once, worth ${AFFILIATE_TERMS.creditPayoutPercent}%: 1.2 credits for every cent (a credit costs about 1¢), so ${formatUsd(example)} becomes ${formatCredits(creditsForEarnings(example))}. They go into their own bucket and never expire.${
        moneyPayoutsEnabled()
          ? ` Or be paid in money: set up payouts with Stripe from Settings › Affiliate, and approved earnings of at least ${formatUsd(AFFILIATE_TERMS.transferMinimumCents)} are sent to your bank account on the 1st of each month.`
          : ""
      }`,
    },
    {
      title: "Who can join",
      text: "Every account with a confirmed email, in one click from Settings › Affiliate. Your link is your referral link; add ?via=name to it to see which channel brought whom. The people you refer still get their welcome bonus, and see nothing of your earnings.",
    },
  ];
  return (
    <Section
      id="affiliate"
      eyebrow="Affiliate program"
      title="Earn by sharing with your audience"
      intro={`Bring people to Tally and earn ${AFFILIATE_TERMS.commissionPercent}% of what they pay in their first ${AFFILIATE_TERMS.commissionMonths} months.`}
    >
      <div className="grid gap-4 md:grid-cols-2">
        {terms.map((term) => (
          <Card key={term.title}>
            <CardContent className="space-y-2">
              <h3 className="font-semibold">{term.title}</h3>
              <p className="text-sm text-muted-foreground">{term.text}</p>
            </CardContent>
          </Card>
        ))}
      </div>
      <p className="mt-8 text-sm text-muted-foreground">Terms version {AFFILIATE_TERMS.version}.</p>
      <Link href="/settings/affiliate" className={buttonClasses({ className: "mt-4" })}>
        Join from your settings
      </Link>
    </Section>
  );
}
