import "server-only";
import { AppError } from "@/lib/errors";
import { billingMode, requireBilling } from "../stripe";

/** The sandbox's own pages and actions: only in test mode (BILLING_DISABLED when billing is off). */
export function requireTestMode() {
  requireBilling();
  if (billingMode() !== "test")
    throw new AppError("NOT_FOUND", "Test-mode checkout is off: real Stripe is configured.");
}
