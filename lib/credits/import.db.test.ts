import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { grant } from "./grant";
import { importFinishedRequests, type FinishedRequest } from "./import";

const requests = (count: number, credits: number) =>
  function* (): Generator<FinishedRequest> {
    for (let index = 0; index < count; index += 1) {
      yield {
        id: `imported-${index}`,
        holdId: `imported-hold-${index}`,
        requestId: `imported-request-${index}`,
        kind: "CHAT",
        model: "swift",
        units: "{}",
        credits: index % 10 === 9 ? 0 : credits,
        status: index % 10 === 9 ? "FAILED_REFUNDED" : "SUCCEEDED",
        latencyMs: 500,
        groupId: null,
        createdAt: new Date(Date.UTC(2026, 10, 1, index % 24)),
      };
    }
  };

describe("importing finished requests (the heavy seed's path into the ledger)", () => {
  it("writes events, one debit per charged request and the rollups, debiting the bucket and wallet by the total", async () => {
    const user = await makeUser();
    await grant({ userId: user.id, source: "PACK", amount: 5_000, grantKey: "pack:import" });
    const before = (await db().wallet.findUniqueOrThrow({ where: { userId: user.id } })).available;
    expect(
      await importFinishedRequests({ userId: user.id, grantKey: "pack:import", requests: requests(2_500, 1) }),
    ).toEqual({ imported: 2_500, spent: 2_250 });
    expect((await db().wallet.findUniqueOrThrow({ where: { userId: user.id } })).available).toBe(before - 2_250);
    expect(await db().usageEvent.count({ where: { userId: user.id } })).toBe(2_500);
    expect(await db().ledgerEntry.count({ where: { userId: user.id, type: "DEBIT" } })).toBe(2_250);
    expect(
      (
        await db().usageHourly.aggregate({
          where: { userId: user.id },
          _sum: { requests: true, refunded: true, credits: true },
        })
      )._sum,
    ).toEqual({ requests: 2_500, refunded: 250, credits: 2_250 });
    // auditLedger (after every test) checks balance = ledger = buckets.
  });

  it("refuses, importing nothing, when the bucket cannot cover the total", async () => {
    const user = await makeUser();
    await grant({ userId: user.id, source: "PACK", amount: 100, grantKey: "pack:small" });
    await expect(
      importFinishedRequests({ userId: user.id, grantKey: "pack:small", requests: requests(200, 1) }),
    ).rejects.toThrow(/exceeds the balance/);
    expect(await db().usageEvent.count({ where: { userId: user.id } })).toBe(0);
    expect(
      await db().creditBucket.findUniqueOrThrow({
        where: { userId_grantKey: { userId: user.id, grantKey: "pack:small" } },
      }),
    ).toMatchObject({ remaining: 100 });
  });
});
