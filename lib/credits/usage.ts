import type { Hold, Tx, UsageStatus } from "@/lib/db";

const HOUR_MS = 3_600_000;

export function startOfUtcHour(date: Date) {
  return new Date(Math.floor(date.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * Writes the usage event of a finished hold and bumps its hourly rollup, inside the settle/release
 * transaction, so Activity never has to scan raw events.
 */
export async function recordUsage(tx: Tx, hold: Hold, status: UsageStatus, credits: number, now: Date) {
  await tx.usageEvent.create({
    data: {
      userId: hold.userId,
      holdId: hold.id,
      requestId: hold.requestId,
      kind: hold.kind,
      model: hold.model,
      units: hold.units,
      credits,
      status,
      latencyMs: Math.max(0, now.getTime() - hold.createdAt.getTime()),
      groupId: hold.groupId,
      conversationId: hold.conversationId,
      createdAt: hold.createdAt,
    },
  });
  const refunded = status === "FAILED_REFUNDED" ? 1 : 0;
  const key = { userId: hold.userId, hour: startOfUtcHour(hold.createdAt), model: hold.model, kind: hold.kind };
  await tx.usageHourly.upsert({
    where: { userId_hour_model_kind: key },
    create: { ...key, requests: 1, refunded, credits },
    update: { requests: { increment: 1 }, refunded: { increment: refunded }, credits: { increment: credits } },
  });
}
