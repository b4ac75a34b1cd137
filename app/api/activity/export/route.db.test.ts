import { describe, expect, it, vi } from "vitest";
import { CSV_COLUMNS, activityCsv } from "@/lib/activity/export";
import { readCsv } from "@/lib/activity/csv-read";
import { resolveRange } from "@/lib/activity/range";
import { fundUser, makeUsage, randomInstants } from "@/lib/testing/usage";
import { db } from "@/lib/db";
import { signInAsNewUser, signOut } from "@/lib/testing/session";

// The shared test session is always in UTC; this one can be anywhere.
const session = vi.hoisted(() => ({ timeZone: "UTC" }));
vi.mock("@/lib/auth/session", async () => {
  const testing = await import("@/lib/testing/session");
  const getSessionUser = async () => {
    const user = await testing.getSessionUser();
    return user && { ...user, timeZone: session.timeZone };
  };
  return { ...testing, getSessionUser };
});
const { GET } = await import("./route");

const DAY_MS = 86_400_000;
const get = (query = "") => GET(new Request(`http://localhost/api/activity/export${query}`));

/** A signed-in person with 40 requests over the last 20 days (council runs, refunds, images, video). */
async function personWithUsage(timeZone = "UTC") {
  const user = await signInAsNewUser();
  session.timeZone = timeZone;
  await fundUser(user.id, user.createdAt);
  const now = new Date();
  await makeUsage({
    userId: user.id,
    instants: randomInstants({
      from: new Date(now.getTime() - 20 * DAY_MS),
      to: new Date(now.getTime() - 60_000),
      count: 40,
      seed: 3,
    }),
    seed: 3,
  });
  return user;
}

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("GET /api/activity/export", () => {
  it("downloads the filtered requests as CSV, oldest first, quoted by the CSV library, with local times", async () => {
    const user = await personWithUsage("Asia/Kolkata");
    const response = await get("?range=30d&kind=image");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tally-activity-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = readCsv(await response.text());
    expect(header).toEqual([...CSV_COLUMNS]);

    const expected = await db().usageEvent.findMany({
      where: { userId: user.id, kind: "IMAGE" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row[CSV_COLUMNS.indexOf("request_id")])).toEqual(expected.map((event) => event.requestId));
    rows.forEach((row, i) => {
      const event = expected[i]!;
      const record = Object.fromEntries(CSV_COLUMNS.map((column, j) => [column, row[j]]));
      expect(record).toMatchObject({
        kind: "image",
        model: event.model,
        status: event.status === "FAILED_REFUNDED" ? "refunded" : "succeeded",
        credits: String(event.credits),
        units: event.units,
        latency_ms: String(event.latencyMs),
      });
      // The same instant, written in the person's zone (UTC+5:30).
      expect(record.time).toMatch(/\+05:30$/);
      expect(new Date(record.time!).getTime()).toBe(Math.floor(event.createdAt.getTime() / 1000) * 1000);
      expect(JSON.parse(record.units!)).toHaveProperty("resolution");
    });
  });

  it("reads in batches without losing or repeating a request, even when several start at the same instant", async () => {
    const user = await personWithUsage();
    const range = resolveRange({ filters: { range: "30d" }, timeZone: "UTC", now: new Date() });
    const whole = await text(activityCsv({ userId: user.id, range, batchSize: 5_000 }));
    expect(await text(activityCsv({ userId: user.id, range, batchSize: 2 }))).toBe(whole);
    expect(readCsv(whole)).toHaveLength(1 + (await db().usageEvent.count({ where: { userId: user.id } })));
    expect(await db().usageEvent.count({ where: { userId: user.id, kind: "COUNCIL" } })).toBeGreaterThan(1);
  });

  it("gives another person only their own requests: none", async () => {
    await personWithUsage();
    await signInAsNewUser();
    const response = await get("?range=90d");
    expect(response.status).toBe(200);
    expect(readCsv(await response.text())).toEqual([[...CSV_COLUMNS]]);
  });

  it("needs a session and valid filters", async () => {
    signOut();
    const signedOut = await get();
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await signInAsNewUser();
    for (const query of [
      "?range=1y",
      "?range=custom&from=2026-02-01",
      "?range=custom&from=2026-03-01&to=2026-02-01",
      "?kind=poem",
    ]) {
      const invalid = await get(query);
      expect(invalid.status, query).toBe(400);
      expect(await invalid.json()).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
  });
});
