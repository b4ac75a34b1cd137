// `npm run rollups:rebuild [-- --user <email or id>]`: recomputes UsageHourly from the raw usage events.
import "server-only";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { insertRows } from "@/lib/db/bulk-insert";
import { eventBatches } from "./event-batches";
import { RollupAccumulator, type RollupRow } from "@/lib/credits/rollups";

const BATCH = 10_000;

const rowKey = (row: RollupRow) => `${row.hour.getTime()}\u0000${row.model}\u0000${row.kind}`;
const sameTotals = (a: RollupRow, b: RollupRow) =>
  a.requests === b.requests && a.refunded === b.refunded && a.credits === b.credits;

/**
 * Replaces one user's hourly rollups with sums of their usage events, in one transaction (the ledger
 * keeps them current on every settle and release; this repairs or backfills, while the account is
 * idle: on PostgreSQL a request settling meanwhile can conflict with the rewrite). Returns how many
 * rows it wrote and how many of them differed from what was there.
 */
export async function rebuildUserRollups({ userId }: { userId: string }) {
  return db().$transaction(
    async (tx) => {
      const before = await tx.usageHourly.findMany({ where: { userId } });
      await tx.usageHourly.deleteMany({ where: { userId } });
      const rollups = new RollupAccumulator();
      let events = 0;
      for await (const batch of eventBatches(tx, { userId, batchSize: BATCH })) {
        for (const event of batch) rollups.add({ ...event, userId });
        events += batch.length;
      }
      const rows = rollups.values();
      await insertRows(tx, "UsageHourly", rows);
      const previous = new Map(before.map((row) => [rowKey(row), row]));
      const changed = rows.filter((row) => {
        const old = previous.get(rowKey(row));
        previous.delete(rowKey(row));
        return !old || !sameTotals(old, row);
      }).length;
      return { events, rows: rows.length, changed: changed + previous.size };
    },
    // One user's whole history in one transaction: a heavy user takes seconds, not the ledger's 15 s.
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
}

/** Rebuilds every user's rollups (or one user's, by email or id), one user per transaction. */
export async function rebuildRollups({ user }: { user?: string } = {}) {
  const users = await db().user.findMany({
    where: user ? { OR: [{ id: user }, { email: user.toLowerCase() }] } : {},
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const total = { users: users.length, events: 0, rows: 0, changed: 0 };
  for (const { id } of users) {
    const result = await rebuildUserRollups({ userId: id });
    total.events += result.events;
    total.rows += result.rows;
    total.changed += result.changed;
  }
  return total;
}

async function main() {
  const { values } = parseArgs({ options: { user: { type: "string" } } });
  const started = Date.now();
  const { users, events, rows, changed } = await rebuildRollups({ user: values.user });
  if (values.user && users === 0) {
    console.error(`No user ${values.user}`);
    process.exitCode = 1;
    return;
  }
  const count = (value: number) => value.toLocaleString("en-US");
  console.log(
    `Rebuilt the hourly rollups of ${count(users)} user(s) from ${count(events)} usage events: ${count(rows)} rows, ` +
      `${count(changed)} of them different from before, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await main();
  } finally {
    await db().$disconnect();
  }
}
