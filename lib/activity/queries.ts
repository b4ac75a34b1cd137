import "server-only";
import { db, type BucketSource, type LedgerType, type UsageKind, type UsageStatus } from "@/lib/db";
import { startOfUtcHour } from "@/lib/credits/usage";
import { groupedUsage } from "./grouped-usage";
import { bucketCount, rangeEnd, rangeStart, type ActivityRange } from "./range";
import { summarizeUsage, type ActivityUsage, type BucketCell } from "./usage";

// Every query takes the user id from the caller, which takes it from the session, never from the client.

/** What Activity shows: a range, optionally narrowed to one model and one kind. */
export interface ActivityScope {
  userId: string;
  range: ActivityRange;
  model?: string;
  kind?: UsageKind;
}

const HOUR_MS = 3_600_000;
const ceilHour = (instant: Date) => new Date(Math.ceil(instant.getTime() / HOUR_MS) * HOUR_MS);

/**
 * The parts of UTC hours that a bucket boundary cuts (local midnights in zones offset by :30 or
 * :45), which the hourly rollups cannot split. Each is read from raw events instead: at most one
 * window shorter than an hour per day, and none at all in whole-hour zones.
 */
function partialHours(boundaries: Date[]) {
  const last = boundaries.length - 1;
  const windows: { start: Date; end: Date; bucket: number; takenFrom?: number }[] = [];
  boundaries.forEach((boundary, i) => {
    if (boundary.getTime() % HOUR_MS === 0) return;
    if (i === last) windows.push({ start: startOfUtcHour(boundary), end: boundary, bucket: last - 1 });
    // The rollup of the hour cut by an inner boundary counts in the bucket before it (it starts
    // there); the events after the boundary move to their own bucket.
    else windows.push({ start: boundary, end: ceilHour(boundary), bucket: i, takenFrom: i === 0 ? undefined : i - 1 });
  });
  return windows;
}

/**
 * Totals, per model, per kind and per bucket for the scope, from the hourly rollups: one GROUP BY
 * over the range's hourly rows, never a scan of raw events. Exact in every time zone.
 */
export async function getActivityUsage({ userId, range, model, kind }: ActivityScope): Promise<ActivityUsage> {
  const { boundaries } = range;
  const partial = partialHours(boundaries);
  const [whole, cut] = await Promise.all([
    groupedUsage({
      source: "rollups",
      userId,
      windows: [{ start: ceilHour(rangeStart(range)), end: startOfUtcHour(rangeEnd(range)) }],
      edges: boundaries.slice(1, -1),
      model,
      kind,
    }),
    partial.length === 0
      ? []
      : groupedUsage({
          source: "events",
          userId,
          windows: partial,
          edges: partial.slice(0, -1).map((window) => window.end),
          model,
          kind,
        }),
  ]);
  const cells: BucketCell[] = whole.map(({ group, ...cell }) => ({ ...cell, bucket: group }));
  for (const { group, ...cell } of cut) {
    const window = partial[group]!;
    cells.push({ ...cell, bucket: window.bucket });
    if (window.takenFrom !== undefined) {
      cells.push({
        ...cell,
        bucket: window.takenFrom,
        requests: -cell.requests,
        refunded: -cell.refunded,
        credits: -cell.credits,
      });
    }
  }
  return summarizeUsage(cells, bucketCount(range));
}

export interface GroupSpend {
  /** The conversation or agent id; null for what has none. */
  id: string | null;
  label: string;
  requests: number;
  credits: number;
}

/** The most rows the grouped table lists (most credits first); the rest are summed in one row. */
export const GROUP_ROWS = 50;

/**
 * Credits and requests in the scope per conversation, or per agent (summed over its conversations),
 * from the raw events (the rollups know only models): one GROUP BY, run only when that view is asked
 * for. Names are read for the person's own conversations and agents; one deleted since shows as such.
 */
export async function getSpendByGroup(scope: ActivityScope, by: "agent" | "conversation"): Promise<GroupSpend[]> {
  const { userId, range, model, kind } = scope;
  const rows = await db().usageEvent.groupBy({
    by: ["conversationId"],
    where: { userId, createdAt: { gte: rangeStart(range), lt: rangeEnd(range) }, model, kind },
    _sum: { credits: true },
    _count: { _all: true },
  });
  // Names for the rows shown only (an IN list of every conversation in a year could be tens of thousands);
  // by agent, every conversation of the person with its agent (small rows: an agent sums all of its own).
  const shown = rows
    .filter((row) => row.conversationId)
    .sort((a, b) => (b._sum.credits ?? 0) - (a._sum.credits ?? 0) || b._count._all - a._count._all)
    .slice(0, GROUP_ROWS)
    .map((row) => row.conversationId!);
  const conversations = new Map(
    (
      await db().conversation.findMany({
        where: by === "conversation" ? { userId, id: { in: shown } } : { userId },
        select: { id: true, title: true, agentId: true, agent: { select: { name: true } } },
      })
    ).map((conversation) => [conversation.id, conversation]),
  );
  const groups = new Map<string, GroupSpend>();
  for (const row of rows) {
    const conversation = row.conversationId ? conversations.get(row.conversationId) : undefined;
    const group: Pick<GroupSpend, "id" | "label"> = !row.conversationId
      ? { id: null, label: "Not in a conversation" }
      : by === "conversation"
        ? { id: row.conversationId, label: conversation?.title ?? "A deleted conversation" }
        : !conversation
          ? { id: "deleted", label: "A deleted conversation" }
          : conversation.agentId
            ? { id: conversation.agentId, label: conversation.agent!.name }
            : { id: "none", label: "No agent (plain chats)" };
    const key = group.id ?? "";
    const total = groups.get(key) ?? { ...group, requests: 0, credits: 0 };
    total.requests += row._count._all;
    total.credits += row._sum.credits ?? 0;
    groups.set(key, total);
  }
  const sorted = [...groups.values()].sort((a, b) => b.credits - a.credits || b.requests - a.requests);
  if (sorted.length <= GROUP_ROWS) return sorted;
  const rest = sorted.slice(GROUP_ROWS - 1);
  return [
    ...sorted.slice(0, GROUP_ROWS - 1),
    {
      id: "rest",
      label: `${rest.length} more`,
      requests: rest.reduce((sum, row) => sum + row.requests, 0),
      credits: rest.reduce((sum, row) => sum + row.credits, 0),
    },
  ];
}

/** Whether the person has ever made a request (a new account sees a welcome instead of zeros). */
export async function hasAnyUsage({ userId }: { userId: string }) {
  return (await db().usageHourly.findFirst({ where: { userId }, select: { userId: true } })) !== null;
}

export interface RequestRow {
  id: string;
  requestId: string;
  createdAt: Date;
  kind: UsageKind;
  model: string;
  credits: number;
  status: UsageStatus;
  units: Record<string, string | number>;
  latencyMs: number;
  groupId: string | null;
  conversationId: string | null;
}

const REQUEST_FIELDS = {
  id: true,
  requestId: true,
  createdAt: true,
  kind: true,
  model: true,
  credits: true,
  status: true,
  units: true,
  latencyMs: true,
  groupId: true,
  conversationId: true,
} as const;

function parseUnits(units: string): Record<string, string | number> {
  try {
    const value: unknown = JSON.parse(units);
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, string | number>)
      : {};
  } catch {
    return {};
  }
}

function toRequestRow({ units, ...event }: Omit<RequestRow, "units"> & { units: string }): RequestRow {
  return { ...event, units: parseUnits(units) };
}

function scopeWhere({ userId, range, model, kind }: ActivityScope) {
  return {
    userId,
    createdAt: { gte: rangeStart(range), lt: rangeEnd(range) },
    ...(model && { model }),
    ...(kind && { kind }),
  };
}

/** "<epoch ms>.<id>" of the last request on a page: where the next page starts. */
const encodeCursor = (row: { createdAt: Date; id: string }) => `${row.createdAt.getTime()}.${row.id}`;

function decodeCursor(cursor: string) {
  const dot = cursor.indexOf(".");
  return { createdAt: new Date(Number(cursor.slice(0, dot))), id: cursor.slice(dot + 1) };
}

/**
 * One page of the scope's requests, newest first, after `cursor` (keyset pagination: every page costs
 * the same, however deep). Ties in time (a council run's models start together) are broken by id.
 */
export async function getRecentRequests({
  cursor,
  limit = 20,
  ...scope
}: ActivityScope & { cursor?: string; limit?: number }) {
  const after = cursor ? decodeCursor(cursor) : null;
  const where = scopeWhere(scope);
  const rows = await db().usageEvent.findMany({
    where: after
      ? {
          ...where,
          AND: [
            { createdAt: { lte: after.createdAt } },
            { OR: [{ createdAt: { lt: after.createdAt } }, { id: { lt: after.id } }] },
          ],
        }
      : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: REQUEST_FIELDS,
  });
  const items = rows.slice(0, limit).map(toRequestRow);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items.at(-1)!) : null };
}

export interface RequestDetail {
  request: RequestRow;
  /**
   * The balance changes this request caused: one DEBIT per bucket it was paid from; none when refunded,
   * or EXPIRE entries when the credits it gave back came from an allowance that had expired meanwhile.
   */
  ledger: {
    id: string;
    type: LedgerType;
    delta: number;
    balanceAfter: number;
    createdAt: Date;
    source: BucketSource | null;
  }[];
  conversation: { id: string; title: string; agentName: string | null } | null;
  /** The council run the request was one answer of, with every model's charge. */
  council: {
    runId: string;
    prompt: string | null;
    answers: { id: string; model: string; credits: number; status: UsageStatus }[];
  } | null;
  /** Credits this request gave back that expired at once: its allowance's period had ended while it ran. */
  expiredRefund: number;
}

/** One of the person's requests with its charges and context, or null if it is not theirs. */
export async function getRequestDetail({ userId, id }: { userId: string; id: string }): Promise<RequestDetail | null> {
  const event = await db().usageEvent.findFirst({ where: { id, userId }, select: REQUEST_FIELDS });
  if (!event) return null;
  const [entries, conversation, run, answers] = await Promise.all([
    db().ledgerEntry.findMany({
      where: { userId, requestId: event.requestId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    event.conversationId
      ? db().conversation.findFirst({
          where: { id: event.conversationId, userId },
          select: { id: true, title: true, agent: { select: { name: true } } },
        })
      : null,
    event.groupId
      ? db().councilRun.findFirst({ where: { id: event.groupId, userId }, select: { prompt: true } })
      : null,
    event.groupId
      ? db().usageEvent.findMany({
          where: { userId, groupId: event.groupId },
          select: { id: true, model: true, credits: true, status: true },
          orderBy: { model: "asc" },
        })
      : [],
  ]);
  const buckets = await db().creditBucket.findMany({
    where: { userId, id: { in: [...new Set(entries.map((entry) => entry.bucketId))] } },
    select: { id: true, source: true },
  });
  const sources = new Map(buckets.map((bucket) => [bucket.id, bucket.source]));
  return {
    request: toRequestRow(event),
    ledger: entries.map(({ id: entryId, type, delta, balanceAfter, createdAt, bucketId }) => ({
      id: entryId,
      type,
      delta,
      balanceAfter,
      createdAt,
      source: sources.get(bucketId) ?? null,
    })),
    conversation: conversation && {
      id: conversation.id,
      title: conversation.title,
      agentName: conversation.agent?.name ?? null,
    },
    council:
      event.groupId && event.kind === "COUNCIL" ? { runId: event.groupId, prompt: run?.prompt ?? null, answers } : null,
    expiredRefund: -entries.filter((entry) => entry.type === "EXPIRE").reduce((sum, entry) => sum + entry.delta, 0),
  };
}
