import type { BucketSource } from "@/lib/db";

/** How each kind of credit bucket is named to people. */
export const CREDIT_SOURCE_LABELS: Record<BucketSource, string> = {
  PLAN_ALLOWANCE: "Monthly allowance",
  REFERRAL: "Referral bonus",
  ADJUSTMENT: "Adjustments",
  PACK: "Credit packs",
  AFFILIATE: "Affiliate earnings",
};
