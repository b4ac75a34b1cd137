import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hold, quote, settle } from "@/lib/credits";
import { startOfUtcHour } from "@/lib/credits/usage";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { rebuildRollups } from "./rebuild-rollups";
import { fundUser, makeUsage, randomInstants } from "@/lib/testing/usage";

const DAY_MS = 86_400_000;
const now = new Date("2026-10-30T08:00:00Z");

const rollups = () =>
  db().usageHourly.findMany({ orderBy: [{ userId: "asc" }, { hour: "asc" }, { model: "asc" }, { kind: "asc" }] });

async function people(count: number) {
  for (let i = 0; i < count; i += 1) {
    const user = await makeUser({ now: new Date(now.getTime() - 30 * DAY_MS) });
    await fundUser(user.id, user.createdAt);
    await makeUsage({
      userId: user.id,
      instants: randomInstants({ from: new Date(now.getTime() - 20 * DAY_MS), to: now, count: 40, seed: 100 + i }),
      seed: 100 + i,
    });
  }
}

describe("rebuilding the hourly rollups from raw events", () => {
  it("gives exactly the rollups the ledger wrote live", async () => {
    await people(3);
    const live = await rollups();
    expect(live.length).toBeGreaterThan(20);
    expect(await rebuildRollups()).toMatchObject({
      events: await db().usageEvent.count(),
      rows: live.length,
      changed: 0,
    });
    expect(await rollups()).toEqual(live);
  });

  it("repairs missing, wrong and stray rows, and the ledger keeps adding to the rebuilt rows", async () => {
    await people(1);
    const live = await rollups();
    const [missing, wrong] = live;
    await db().usageHourly.delete({
      where: {
        userId_hour_model_kind: {
          userId: missing!.userId,
          hour: missing!.hour,
          model: missing!.model,
          kind: missing!.kind,
        },
      },
    });
    await db().usageHourly.update({
      where: {
        userId_hour_model_kind: { userId: wrong!.userId, hour: wrong!.hour, model: wrong!.model, kind: wrong!.kind },
      },
      data: { credits: { increment: 7 } },
    });
    await db().usageHourly.create({
      data: {
        userId: wrong!.userId,
        hour: new Date("2020-01-01T00:00:00Z"),
        model: "ghost",
        kind: "CHAT",
        requests: 1,
        credits: 1,
      },
    });

    expect(await rebuildRollups({ user: wrong!.userId })).toMatchObject({ users: 1, changed: 3 });
    expect(await rollups()).toEqual(live);

    // A new request in an hour that already has a rebuilt row updates that row (same key), not a twin.
    const event = await db().usageEvent.findFirstOrThrow({
      where: { userId: wrong!.userId, status: "SUCCEEDED", kind: "CHAT" },
    });
    const requestId = randomUUID();
    const at = new Date(event.createdAt.getTime() + 1);
    await hold({
      userId: event.userId,
      requestId,
      quote: quote({ kind: "CHAT", model: event.model as "swift" }),
      now: at,
    });
    await settle({ userId: event.userId, requestId, result: null, now: at });
    const rows = await db().usageHourly.findMany({
      where: { userId: event.userId, model: event.model, kind: "CHAT", hour: startOfUtcHour(at) },
    });
    expect(rows).toHaveLength(1);
    const before = live.find(
      (row) =>
        row.userId === event.userId &&
        row.model === event.model &&
        row.kind === "CHAT" &&
        row.hour.getTime() === startOfUtcHour(at).getTime(),
    );
    expect(rows[0]!.requests).toBe(before!.requests + 1);
  });
});
