import "server-only";
import { env, type Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "./rate-limit";

interface UserRateLimit {
  /** Calls one person may make per minute, counted across all app instances. */
  perMinute: number;
  /** The environment variable that replaces `perMinute` when set (validated in lib/env.ts). */
  override?: Extract<keyof Env, `TALLY_RATE_LIMIT_${string}`>;
  /** What is counted, as the refusal names it. */
  counted: string;
}

/**
 * Per-person limits on signed-in server actions and routes. Each action names its rule where it is
 * defined (`authedAction(schema, handler, { rateLimit: "paidRequest" })`); the wrapper enforces it
 * before the input is even read. The numbers sit far above what a person does by hand and only
 * stop scripts, runaway clients or a stolen session from flooding the models or Stripe.
 */
export const RATE_LIMITS = {
  // Chat, Council, images, video — one shared budget. A quick typist sends a message every few
  // seconds; one a second, sustained for a minute, is a script.
  paidRequest: { perMinute: 60, override: "TALLY_RATE_LIMIT_PAID_PER_MINUTE", counted: "paid requests" },
  // Renames, deletes, saved agents, settings: clicks, never dozens a minute.
  mutation: { perMinute: 30, counted: "changes" },
  // Each call creates a Stripe Checkout or Portal session or changes a subscription at Stripe.
  billing: { perMinute: 10, counted: "billing requests" },
} as const satisfies Record<string, UserRateLimit>;

export type RateLimitName = keyof typeof RATE_LIMITS;

const MINUTE_MS = 60_000;

function perMinute(name: RateLimitName): number {
  const rule: UserRateLimit = RATE_LIMITS[name];
  return (rule.override && env()[rule.override]) ?? rule.perMinute;
}

/**
 * Counts one call by a signed-in person against a rule (one counter per person and rule) and throws
 * RATE_LIMITED, with the seconds to wait in `details.retryAfterSeconds`, once the minute's budget is spent.
 */
export async function enforceRateLimit(name: RateLimitName, userId: string) {
  const limit = perMinute(name);
  const outcome = await consumeRateLimit(`user:${userId}:${name}`, { limit, windowMs: MINUTE_MS });
  if (outcome.allowed) return;
  const retryAfterSeconds = Math.ceil(outcome.retryAfterMs / 1000);
  throw new AppError(
    "RATE_LIMITED",
    `Too many ${RATE_LIMITS[name].counted}: the limit is ${limit} a minute. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}; nothing was charged.`,
    { retryAfterSeconds },
  );
}
