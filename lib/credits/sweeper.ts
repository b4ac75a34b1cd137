import { db } from "@/lib/db";
import { release } from "./release";

/**
 * Releases holds whose request never finished (a crashed or killed instance). Safe to run from
 * many places at once: release is conditional on the hold still being HELD.
 */
export async function releaseExpiredHolds({ now = new Date(), batchSize = 500 } = {}) {
  let released = 0;
  for (;;) {
    const expired = await db().hold.findMany({
      where: { status: "HELD", expiresAt: { lte: now } },
      select: { userId: true, requestId: true },
      orderBy: { expiresAt: "asc" },
      take: batchSize,
    });
    for (const { userId, requestId } of expired) {
      if (await release({ userId, requestId, reason: "The request did not finish in time.", now })) released += 1;
    }
    if (expired.length < batchSize) return released;
  }
}
