import "server-only";
import { db } from "@/lib/db";

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Fixed-window counter in the database, so every app instance shares it. Each step is one
 * conditional write: count inside the current window, or start a new window, or create the counter.
 */
export async function consumeRateLimit(key: string, { limit, windowMs }: RateLimitRule, now = new Date()): Promise<RateLimitOutcome> {
  const windowOpenedAfter = new Date(now.getTime() - windowMs);
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
  try {
    await db().rateLimit.create({ data: { key, windowStart: now, count: 1 } });
    return { allowed: true };
  } catch {
    const row = await db().rateLimit.findUnique({ where: { key } });
    return { allowed: false, retryAfterMs: row ? Math.max(1000, row.windowStart.getTime() + windowMs - now.getTime()) : windowMs };
  }
}

/** Forgets a key, e.g. failed sign-in attempts after a successful one. */
export async function resetRateLimit(key: string) {
  await db().rateLimit.deleteMany({ where: { key } });
}
