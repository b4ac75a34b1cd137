import "server-only";
import { stringify } from "csv-stringify/sync";
import { db, type UsageKind } from "@/lib/db";
import { eventBatches, type EventRow } from "./event-batches";
import { USAGE_KINDS } from "./filters";
import type { ActivityScope } from "./queries";
import { localTimestamps, rangeEnd, rangeStart } from "./range";

// Ten columns: every extra one costs about a fifth of a second per 100,000 rows in the CSV library.
export const CSV_COLUMNS = [
  "time",
  "request_id",
  "kind",
  "model",
  "status",
  "credits",
  "units",
  "latency_ms",
  "conversation_id",
  "council_run_id",
] as const;

const KIND_NAMES = Object.fromEntries(USAGE_KINDS.map((kind) => [kind, kind.toLowerCase()])) as Record<
  UsageKind,
  string
>;

/** "tally-activity-2026-10-28-to-2026-11-26.csv" */
export function exportFileName({ range }: Pick<ActivityScope, "range">) {
  return `tally-activity-${range.firstDay}-to-${range.lastDay}.csv`;
}

/**
 * The scope's requests as CSV, oldest first, streamed a batch at a time as the client reads: a
 * million-row export never holds more than two batches in memory. Batches stay small because rows
 * still alive when the garbage collector runs are copied and promoted, which costs more than the extra
 * queries. Quoting is csv-stringify's.
 */
export function activityCsv({
  batchSize = 2_000,
  ...scope
}: ActivityScope & { batchSize?: number }): ReadableStream<Uint8Array> {
  const { userId, range, model, kind } = scope;
  const batches = eventBatches(db(), {
    userId,
    start: rangeStart(range),
    end: rangeEnd(range),
    model,
    kind,
    batchSize,
  });
  const localTime = localTimestamps(range.timeZone);
  const record = (row: EventRow) => [
    localTime(row.createdAt),
    row.requestId,
    KIND_NAMES[row.kind],
    row.model,
    row.status === "FAILED_REFUNDED" ? "refunded" : "succeeded",
    row.credits,
    row.units,
    row.latencyMs,
    row.conversationId ?? "",
    row.groupId ?? "",
  ];
  const encoder = new TextEncoder();
  let header = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value: rows, done } = await batches.next();
      if (done && !header) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(stringify((rows ?? []).map(record), { header, columns: [...CSV_COLUMNS] })));
      header = false;
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
