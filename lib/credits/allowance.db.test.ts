import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db, dbDialect } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { allowanceGrantKey, auditLedger, grant, periodAllowance } from "@/lib/credits";

const MIGRATION = "20261203140000_free_allowance_keys/migration.sql";
const migrationSql = () =>
  readFileSync(`prisma/${dbDialect() === "postgres" ? "postgres/" : ""}migrations/${MIGRATION}`, "utf8");

describe("allowance grant keys", () => {
  it("never let a Free period and a paid period that start in the same instant share a key", () => {
    const start = new Date("2026-12-03T10:00:00.000Z");
    const free = allowanceGrantKey(start, "FREE");
    const paid = allowanceGrantKey(start, "STARTER");
    expect(free).not.toBe(paid);
    expect(free.startsWith(paid) || paid.startsWith(free)).toBe(false);
    expect(allowanceGrantKey(start, "PRO")).toBe(paid); // a paid period's key does not depend on its plan
  });

  it("the migration moves Free grants made under the old key to the Free namespace, and only those", async () => {
    const user = await makeUser({ emailVerified: false });
    const start = new Date("2026-11-03T10:00:00.000Z");
    const oldFree = `allowance:${start.toISOString()}`;
    const paidStart = new Date("2026-11-20T10:00:00.000Z");
    const paid = `allowance:${paidStart.toISOString()}`;
    const expiresAt = new Date("2027-01-01T00:00:00.000Z");
    await grant({ userId: user.id, source: "PLAN_ALLOWANCE", amount: 100, grantKey: oldFree, expiresAt });
    await grant({ userId: user.id, source: "PLAN_ALLOWANCE", amount: 1_000, grantKey: paid, expiresAt });
    await grant({ userId: user.id, source: "PLAN_ALLOWANCE", amount: 1_500, grantKey: `${paid}:PRO`, expiresAt });
    await grant({ userId: user.id, source: "PACK", amount: 100, grantKey: "pack:cs_1" });

    await db().$executeRawUnsafe(migrationSql());

    const keys = (await db().creditBucket.findMany({ where: { userId: user.id } })).map((bucket) => bucket.grantKey);
    expect(keys.sort()).toEqual([paid, `${paid}:PRO`, allowanceGrantKey(start, "FREE"), "pack:cs_1"].sort());
    expect(await periodAllowance(db(), { userId: user.id, periodStart: start, plan: "FREE" })).toMatchObject({
      granted: 100,
    });
    expect(await periodAllowance(db(), { userId: user.id, periodStart: paidStart, plan: "PRO" })).toMatchObject({
      granted: 2_500,
    });
    expect(await auditLedger()).toEqual([]);
  });
});
