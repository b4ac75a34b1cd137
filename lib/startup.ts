import { billingModeOf, env, type BillingMode } from "./env";

const BILLING_LINE: Record<BillingMode, string> = {
  stripe: "[billing] Stripe: real payments (STRIPE_SECRET_KEY).",
  test: "[billing] Test mode: the built-in Stripe sandbox on this machine; nothing is really charged.",
  off: "[billing] Off: payments are not set up on this server (no STRIPE_SECRET_KEY); plans and packs are shown but cannot be bought.",
};

// Refuse to start with a bad environment, naming every variable that is wrong; then say how billing runs.
try {
  console.log(BILLING_LINE[billingModeOf(env())]);
} catch (error) {
  console.error(`\n${(error as Error).message}\n\nSee the Configuration section of README.md.\n`);
  process.exit(1);
}
