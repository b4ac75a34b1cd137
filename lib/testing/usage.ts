// Test helpers: usage made through the real ledger at chosen instants, and the straightforward
// computation over raw events that Activity's rollup queries must agree with.
import { randomUUID } from "node:crypto";
import {
  CHAT_MODEL_IDS,
  IMAGE_MODEL_IDS,
  IMAGE_RESOLUTIONS,
  VIDEO_DURATIONS,
  VIDEO_MODEL_IDS,
  VIDEO_RESOLUTIONS,
} from "@/config/pricing";
import { grant, hold, holdGroup, quote, release, settle, type PricedAction } from "@/lib/credits";
import { db, type UsageKind } from "@/lib/db";
import { pick, seededRandom } from "./random";
import type { ActivityRange } from "@/lib/activity/range";
import type { Totals } from "@/lib/activity/usage";

function randomAction(next: () => number): PricedAction {
  const roll = next();
  if (roll < 0.45) return { kind: "CHAT", model: pick(next, CHAT_MODEL_IDS) };
  if (roll < 0.6) return { kind: "AGENT", model: pick(next, CHAT_MODEL_IDS) };
  if (roll < 0.9)
    return { kind: "IMAGE", model: pick(next, IMAGE_MODEL_IDS), resolution: pick(next, IMAGE_RESOLUTIONS) };
  return {
    kind: "VIDEO",
    model: pick(next, VIDEO_MODEL_IDS),
    seconds: pick(next, VIDEO_DURATIONS),
    resolution: pick(next, VIDEO_RESOLUTIONS),
  };
}

/** Gives a test user enough pack credits for any amount of random usage. */
export async function fundUser(userId: string, now: Date) {
  await grant({ userId, source: "PACK", amount: 5_000_000, grantKey: `pack:test-${randomUUID()}`, now });
}

/**
 * Makes one request per instant through hold → settle (or release, for ~15% of them), started at that
 * instant; about one in eight is a council run of 2–3 models that start together.
 */
export async function makeUsage({ userId, instants, seed }: { userId: string; instants: Date[]; seed: number }) {
  const next = seededRandom(seed);
  for (const at of instants) {
    const finish = async (requestId: string) => {
      const now = new Date(at.getTime() + 200 + Math.floor(next() * 5_000));
      if (next() < 0.15) await release({ userId, requestId, reason: "The model failed", now });
      else await settle({ userId, requestId, result: { ok: true }, now });
    };
    if (next() < 0.12) {
      const models = [...CHAT_MODEL_IDS].sort(() => next() - 0.5).slice(0, 2 + Math.floor(next() * 2));
      const runId = randomUUID();
      const items = models.map((model) => ({
        requestId: `${runId}:${model}`,
        quote: quote({ kind: "COUNCIL", model }),
      }));
      await holdGroup({ userId, groupId: runId, items, now: at });
      for (const item of items) await finish(item.requestId);
    } else {
      const requestId = randomUUID();
      await hold({ userId, requestId, quote: quote(randomAction(next)), now: at });
      await finish(requestId);
    }
  }
}

/** Random instants between two dates. */
export function randomInstants({ from, to, count, seed }: { from: Date; to: Date; count: number; seed: number }) {
  const next = seededRandom(seed);
  return Array.from(
    { length: count },
    () => new Date(from.getTime() + Math.floor(next() * (to.getTime() - from.getTime()))),
  );
}

/** The local calendar day of an instant, straight from Intl (independent of the code under test). */
export function intlDay(instant: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

const zero = (): Totals => ({ requests: 0, refunded: 0, credits: 0 });

/** yyyy-mm-dd plus some days, by calendar arithmetic alone. */
export function plusDays(day: string, days: number) {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/**
 * What Activity must show, computed the obvious way from every raw event: each event's local
 * calendar day (or UTC hour for 24 h) decides its bucket, with no rollups and no boundaries.
 */
export async function expectedUsage({
  userId,
  range,
  model,
  kind,
}: {
  userId: string;
  range: ActivityRange;
  model?: string;
  kind?: UsageKind;
}) {
  const events = await db().usageEvent.findMany({ where: { userId } });
  const buckets = new Map<string, number>();
  if (range.unit === "day") {
    for (let day = range.firstDay, i = 0; day <= range.lastDay; day = plusDays(day, 1), i += 1) buckets.set(day, i);
  } else {
    range.boundaries.slice(0, -1).forEach((start, i) => buckets.set(start.toISOString().slice(0, 13), i));
  }
  const totals = zero();
  const byModel: Record<string, Totals> = {};
  const byKind: Record<string, Totals> = {};
  const perBucket = Array.from({ length: buckets.size }, () => ({ ...zero(), byModel: {} as Record<string, Totals> }));
  for (const event of events) {
    if ((model && event.model !== model) || (kind && event.kind !== kind)) continue;
    const key =
      range.unit === "day" ? intlDay(event.createdAt, range.timeZone) : event.createdAt.toISOString().slice(0, 13);
    const bucket = buckets.get(key);
    if (bucket === undefined) continue;
    const cell = { requests: 1, refunded: event.status === "FAILED_REFUNDED" ? 1 : 0, credits: event.credits };
    for (const into of [
      totals,
      (byModel[event.model] ??= zero()),
      (byKind[event.kind] ??= zero()),
      perBucket[bucket]!,
      (perBucket[bucket]!.byModel[event.model] ??= zero()),
    ]) {
      into.requests += cell.requests;
      into.refunded += cell.refunded;
      into.credits += cell.credits;
    }
  }
  return { totals, byModel, byKind, buckets: perBucket };
}
