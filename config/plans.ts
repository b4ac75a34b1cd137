/** Subscription plans. Every plan has every feature; they differ only in the monthly allowance. */
export const PLANS = {
  FREE: { id: "FREE", name: "Free", monthlyCredits: 100, priceCents: 0 },
  STARTER: { id: "STARTER", name: "Starter", monthlyCredits: 1_000, priceCents: 999 },
  PRO: { id: "PRO", name: "Pro", monthlyCredits: 2_500, priceCents: 1_999 },
} as const satisfies Record<string, { id: string; name: string; monthlyCredits: number; priceCents: number }>;

export type PlanId = keyof typeof PLANS;
export const PLAN_LIST = Object.values(PLANS);

/** One-off top-ups. They never expire and are spent after the monthly allowance. */
export const CREDIT_PACKS = {
  "pack-500": { id: "pack-500", credits: 500, priceCents: 699 },
  "pack-1500": { id: "pack-1500", credits: 1_500, priceCents: 1_799 },
  "pack-5000": { id: "pack-5000", credits: 5_000, priceCents: 4_999 },
} as const satisfies Record<string, { id: string; credits: number; priceCents: number }>;

export type CreditPackId = keyof typeof CREDIT_PACKS;

/** Referral bonuses, granted once when the referred person first pays. */
export const REFERRAL_BONUS = { referrer: 200, referee: 100 } as const;

export function centsPerCredit(priceCents: number, credits: number) {
  return priceCents / credits;
}

export function formatUsd(cents: number) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
}
