import { billingModeOf, env, type BillingMode } from "./env";
import { clientAddressKnown } from "./security/client-address";

const BILLING_LINE: Record<BillingMode, string> = {
  stripe: "[billing] Stripe: real payments (STRIPE_SECRET_KEY).",
  test: "[billing] Test mode: the built-in Stripe sandbox on this machine; nothing is really charged.",
  off: "[billing] Off: payments are not set up on this server (no STRIPE_SECRET_KEY); plans and packs are shown but cannot be bought.",
};

// Refuse to start with a bad environment, naming every variable that is wrong; then say how billing runs.
try {
  console.log(BILLING_LINE[billingModeOf(env())]);
  if (!env().SMTP_URL)
    console.log(
      "[email] No SMTP_URL: emails stay in the outbox table (EmailOutbox) and the server log; nobody receives them.",
    );
  if (!clientAddressKnown()) {
    console.warn(
      "[security] Client addresses are unknown (plain `next start` keeps whatever X-Forwarded-For a client sends): per-address sign-in limits are off and all sign-ups share one budget. Serve with `npm start` (lib/cli/serve.mjs), or set TRUST_PROXY=1 behind a proxy that overwrites X-Forwarded-For.",
    );
  }
} catch (error) {
  console.error(`\n${(error as Error).message}\n\nSee the Configuration section of README.md.\n`);
  process.exit(1);
}

// Background jobs (email delivery, the hold sweeper, the Free reset) run in the server unless told otherwise.
// Not while `next build` prerenders: nothing is serving yet.
if (env().TALLY_JOB_WORKERS && env().NEXT_PHASE !== "phase-production-build") {
  const { startJobWorkers } = await import("./jobs/workers");
  await startJobWorkers().catch((error: unknown) => console.error("[jobs] workers did not start:", error));
}
