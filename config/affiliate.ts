/**
 * The affiliate program's terms: one typed source for the code, the public terms page and the dashboard.
 * Money is in integer cents; a commission is rounded to the nearest cent.
 */
export const AFFILIATE_TERMS = {
  /** Version of the terms an affiliate accepted when joining. */
  version: "2026-12",
  /** 25 % of every payment a referred customer makes (plans and packs), net of refunds. */
  commissionPercent: 25,
  /** …during the customer's first 12 months after signing up through the link. */
  commissionMonths: 12,
  /** Attribution: the last click within 60 days (a cookie); the first sign-up wins. */
  attributionDays: 60,
  /** A commission waits this long (the refund window) before it is approved. */
  pendingDays: 30,
  /** Approved earnings taken as credits are worth 120 %: 1.2 credits per cent (a credit is worth about 1¢). */
  creditPayoutPercent: 120,
  /** Payouts in money: a Stripe transfer on the 1st of each month, when approved earnings are at least $25. */
  transferMinimumCents: 2500,
} as const;

/** The commission on a payment's net amount, in whole cents. */
export function commissionCents(netAmountCents: number) {
  return Math.round((Math.max(0, netAmountCents) * AFFILIATE_TERMS.commissionPercent) / 100);
}

/** What approved earnings are worth as credits. */
export function creditsForEarnings(cents: number) {
  return Math.floor((cents * AFFILIATE_TERMS.creditPayoutPercent) / 100);
}
