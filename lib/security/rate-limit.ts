import "server-only";
import { db, isUniqueViolation } from "@/lib/db";

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Fixed-window counter in the database, so every app instance shares it. Each step is one
 * conditional write: count inside the current window (the common case, one statement), or start a
 * new window, or create the counter.
 */
export async function consumeRateLimit(
  key: string,
  { limit, windowMs }: RateLimitRule,
  now = new Date(),
): Promise<RateLimitOutcome> {
  const windowOpenedAfter = new Date(now.getTime() - windowMs);
  // Two rounds: when several first callers race to create the counter, the losers count in the winner's window.
  for (let round = 0; round < 2; round += 1) {
    const counted = await db().rateLimit.updateMany({
      where: { key, windowStart: { gt: windowOpenedAfter }, count: { lt: limit } },
      data: { count: { increment: 1 } },
    });
    if (counted.count === 1) return { allowed: true };
    const restarted = await db().rateLimit.updateMany({
      where: { key, windowStart: { lte: windowOpenedAfter } },
      data: { windowStart: now, count: 1 },
    });
    if (restarted.count === 1) return { allowed: true };
    const existing = await db().rateLimit.findUnique({ where: { key } });
    if (existing && existing.count >= limit && existing.windowStart > windowOpenedAfter) {
      return {
        allowed: false,
        retryAfterMs: Math.max(1000, existing.windowStart.getTime() + windowMs - now.getTime()),
      };
    }
    // A counter with room left was created by a concurrent caller after the updates above: count in it.
    if (existing) continue;
    try {
      await db().rateLimit.create({ data: { key, windowStart: now, count: 1 } });
      return { allowed: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { allowed: false, retryAfterMs: windowMs };
}

/** Forgets a key, e.g. failed sign-in attempts after a successful one. */
export async function resetRateLimit(key: string) {
  await db().rateLimit.deleteMany({ where: { key } });
}

/** Gives back one counted attempt (one that turned out fine, such as a successful sign-in). */
export async function refundRateLimit(key: string) {
  await db().rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
