import type { BucketSource, UsageKind } from "@/lib/db";

/**
 * Consumption order: the monthly allowance goes first because it expires at the end of the period
 * and does not roll over; referral, adjustment and affiliate credits (earned, not bought) next; packs
 * last because the person paid for them separately and they never expire.
 */
export const SPEND_ORDER: Record<BucketSource, number> = {
  PLAN_ALLOWANCE: 0,
  REFERRAL: 1,
  ADJUSTMENT: 2,
  AFFILIATE: 2,
  PACK: 3,
};

/** How long credits stay reserved before the sweeper returns them; longer than any provider timeout. */
export const HOLD_TTL_MS: Record<UsageKind, number> = {
  CHAT: 3 * 60_000,
  AGENT: 3 * 60_000,
  COUNCIL: 3 * 60_000,
  IMAGE: 5 * 60_000,
  VIDEO: 15 * 60_000,
};

/** Interactive transaction limits; SQLite serialises writers, so waiting is normal under load. */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;
