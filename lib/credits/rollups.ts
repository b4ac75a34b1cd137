import type { UsageKind, UsageStatus } from "@/lib/db";
import { startOfUtcHour } from "./usage";

export interface RollupRow {
  userId: string;
  hour: Date;
  model: string;
  kind: UsageKind;
  requests: number;
  refunded: number;
  credits: number;
}

export interface RollupSource {
  userId: string;
  createdAt: Date;
  model: string;
  kind: UsageKind;
  status: UsageStatus;
  credits: number;
}

/**
 * Sums usage events into UsageHourly rows exactly as the ledger does one event at a time
 * (`recordUsage`): per user × UTC hour of the request's start × model × kind.
 */
export class RollupAccumulator {
  private readonly rows = new Map<string, RollupRow>();

  add(event: RollupSource) {
    const hour = startOfUtcHour(event.createdAt);
    const key = `${event.userId}\u0000${hour.getTime()}\u0000${event.model}\u0000${event.kind}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { userId: event.userId, hour, model: event.model, kind: event.kind, requests: 0, refunded: 0, credits: 0 };
      this.rows.set(key, row);
    }
    row.requests += 1;
    row.refunded += event.status === "FAILED_REFUNDED" ? 1 : 0;
    row.credits += event.credits;
  }

  get size() {
    return this.rows.size;
  }

  values(): RollupRow[] {
    return [...this.rows.values()];
  }
}
