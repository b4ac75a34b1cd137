-- AlterTable
ALTER TABLE "CreditBucket" ADD COLUMN     "expiredAt" TIMESTAMP(3),
ADD COLUMN     "held" INTEGER NOT NULL DEFAULT 0;

-- Holds open at this upgrade reserved credits in the wallet only, not in buckets: release them (a request
-- still running then gets its answer for free, as after the sweeper) so that every open hold has an allocation.
UPDATE "Wallet" w SET "available" = w."available" + h."total", "held" = w."held" - h."total"
FROM (SELECT "userId", SUM("amount") AS "total" FROM "Hold" WHERE "status" = 'HELD' GROUP BY "userId") h WHERE h."userId" = w."userId";
UPDATE "Hold" SET "status" = 'RELEASED', "result" = '{"error":"The service was upgraded while this request ran"}' WHERE "status" = 'HELD';

-- AlterTable
ALTER TABLE "Hold" ADD COLUMN     "periodStart" TIMESTAMP(3);
UPDATE "Hold" h SET "periodStart" = u."periodStart" FROM "User" u WHERE u."id" = h."userId";
ALTER TABLE "Hold" ALTER COLUMN "periodStart" SET NOT NULL;

-- AlterTable
ALTER TABLE "Wallet" ADD COLUMN     "capUsed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "periodStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "spendCap" INTEGER;

-- The cap now counts what this period used (spent + held) instead of storing a clamped room, and open holds were
-- released above, so what was used is what was spent since the period began.
UPDATE "Wallet" w SET "spendCap" = u."monthlySpendCap", "periodStart" = u."periodStart",
  "capUsed" = COALESCE((SELECT -SUM(e."delta") FROM "LedgerEntry" e WHERE e."userId" = w."userId" AND e."type" = 'DEBIT' AND e."createdAt" >= u."periodStart"), 0)
FROM "User" u WHERE u."id" = w."userId";

ALTER TABLE "Wallet" DROP COLUMN "capRemaining";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "monthlySpendCap";

-- CreateTable
CREATE TABLE "HoldAllocation" (
    "holdId" TEXT NOT NULL,
    "bucketId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "HoldAllocation_pkey" PRIMARY KEY ("holdId","bucketId")
);

-- CreateIndex
CREATE INDEX "HoldAllocation_bucketId_idx" ON "HoldAllocation"("bucketId");

-- AddForeignKey
ALTER TABLE "HoldAllocation" ADD CONSTRAINT "HoldAllocation_holdId_fkey" FOREIGN KEY ("holdId") REFERENCES "Hold"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HoldAllocation" ADD CONSTRAINT "HoldAllocation_bucketId_fkey" FOREIGN KEY ("bucketId") REFERENCES "CreditBucket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

