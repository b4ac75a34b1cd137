import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { release } from "./release";

/** What a swept request's retry and its refunded message say (followed by "You were not charged."). */
export const SWEPT_REASON = "The request did not finish in time";

/**
 * Releases holds whose request never finished (a crashed or killed instance). Safe to run from many
 * places at once: release is conditional on the hold still being HELD. Holds are taken oldest first,
 * by a cursor, so a hold that cannot be released is logged and skipped, and never blocks the others.
 */
export async function releaseExpiredHolds({ now = new Date(), batchSize = 500 } = {}) {
  let released = 0;
  let after: { expiresAt: Date; id: string } | null = null;
  for (;;) {
    const expired: { id: string; userId: string; requestId: string; expiresAt: Date }[] = await db().hold.findMany({
      where: {
        status: "HELD",
        expiresAt: { lte: now },
        ...(after && {
          OR: [{ expiresAt: { gt: after.expiresAt } }, { expiresAt: after.expiresAt, id: { gt: after.id } }],
        }),
      },
      select: { id: true, userId: true, requestId: true, expiresAt: true },
      orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
      take: batchSize,
    });
    for (const hold of expired) {
      try {
        if (await release({ userId: hold.userId, requestId: hold.requestId, reason: SWEPT_REASON, now })) {
          released += 1;
          log.info(
            { holdId: hold.id, userId: hold.userId, requestId: hold.requestId, expiresAt: hold.expiresAt },
            "sweeper released an expired hold",
          );
        }
      } catch (error) {
        log.error(
          { holdId: hold.id, userId: hold.userId, requestId: hold.requestId, err: error },
          "sweeper could not release a hold; skipped",
        );
      }
    }
    if (expired.length < batchSize) return released;
    after = expired.at(-1)!;
  }
}
