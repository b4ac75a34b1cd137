-- CreateTable
CREATE TABLE "HoldAllocation" (
    "holdId" TEXT NOT NULL,
    "bucketId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,

    PRIMARY KEY ("holdId", "bucketId"),
    CONSTRAINT "HoldAllocation_amount_positive" CHECK ("amount" > 0),
    CONSTRAINT "HoldAllocation_holdId_fkey" FOREIGN KEY ("holdId") REFERENCES "Hold" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HoldAllocation_bucketId_fkey" FOREIGN KEY ("bucketId") REFERENCES "CreditBucket" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
-- Holds open at this upgrade reserved credits in the wallet only, not in buckets: release them (a request
-- still running then gets its answer for free, as after the sweeper) so that every open hold has an allocation.
UPDATE "Wallet" SET "available" = "available" + (SELECT COALESCE(SUM("amount"), 0) FROM "Hold" h WHERE h."userId" = "Wallet"."userId" AND h."status" = 'HELD'),
  "held" = "held" - (SELECT COALESCE(SUM("amount"), 0) FROM "Hold" h WHERE h."userId" = "Wallet"."userId" AND h."status" = 'HELD');
UPDATE "Hold" SET "status" = 'RELEASED', "result" = '{"error":"The service was upgraded while this request ran"}' WHERE "status" = 'HELD';

CREATE TABLE "new_Wallet" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "available" INTEGER NOT NULL DEFAULT 0,
    "held" INTEGER NOT NULL DEFAULT 0,
    "spendCap" INTEGER,
    "capUsed" INTEGER NOT NULL DEFAULT 0,
    "periodStart" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Wallet_available_nonnegative" CHECK ("available" >= 0),
    CONSTRAINT "Wallet_held_nonnegative" CHECK ("held" >= 0),
    CONSTRAINT "Wallet_capUsed_nonnegative" CHECK ("capUsed" >= 0),
    CONSTRAINT "Wallet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The cap now counts what this period used (spent + held) instead of storing a clamped room, and open holds were
-- released above, so what was used is what was spent since the period began.
INSERT INTO "new_Wallet" ("available", "held", "updatedAt", "userId", "spendCap", "periodStart", "capUsed")
SELECT w."available", w."held", w."updatedAt", w."userId", u."monthlySpendCap", u."periodStart",
  COALESCE((SELECT -SUM(e."delta") FROM "LedgerEntry" e WHERE e."userId" = w."userId" AND e."type" = 'DEBIT' AND e."createdAt" >= u."periodStart"), 0)
FROM "Wallet" w JOIN "User" u ON u."id" = w."userId";
DROP TABLE "Wallet";
ALTER TABLE "new_Wallet" RENAME TO "Wallet";
CREATE TABLE "new_CreditBucket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "spendOrder" INTEGER NOT NULL,
    "grantKey" TEXT NOT NULL,
    "granted" INTEGER NOT NULL,
    "remaining" INTEGER NOT NULL,
    "held" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME,
    "expiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CreditBucket_remaining_range" CHECK ("remaining" >= 0 AND "held" >= 0 AND "remaining" + "held" <= "granted"),
    CONSTRAINT "CreditBucket_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CreditBucket" ("createdAt", "expiresAt", "grantKey", "granted", "id", "remaining", "source", "spendOrder", "userId") SELECT "createdAt", "expiresAt", "grantKey", "granted", "id", "remaining", "source", "spendOrder", "userId" FROM "CreditBucket";
DROP TABLE "CreditBucket";
ALTER TABLE "new_CreditBucket" RENAME TO "CreditBucket";
CREATE INDEX "CreditBucket_userId_spendOrder_expiresAt_idx" ON "CreditBucket"("userId", "spendOrder", "expiresAt");
CREATE UNIQUE INDEX "CreditBucket_userId_grantKey_key" ON "CreditBucket"("userId", "grantKey");
CREATE TABLE "new_Hold" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'HELD',
    "kind" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "units" TEXT NOT NULL DEFAULT '{}',
    "groupId" TEXT,
    "conversationId" TEXT,
    "result" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Hold_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Hold" ("amount", "conversationId", "createdAt", "expiresAt", "finishedAt", "groupId", "id", "kind", "model", "requestId", "result", "status", "units", "userId", "periodStart")
SELECT h."amount", h."conversationId", h."createdAt", h."expiresAt", h."finishedAt", h."groupId", h."id", h."kind", h."model", h."requestId", h."result", h."status", h."units", h."userId", u."periodStart"
FROM "Hold" h JOIN "User" u ON u."id" = h."userId";
DROP TABLE "Hold";
ALTER TABLE "new_Hold" RENAME TO "Hold";
CREATE INDEX "Hold_status_expiresAt_idx" ON "Hold"("status", "expiresAt");
CREATE UNIQUE INDEX "Hold_userId_requestId_key" ON "Hold"("userId", "requestId");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "plan" TEXT NOT NULL DEFAULT 'FREE',
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stripeCustomerId" TEXT,
    "referralCode" TEXT,
    "lowBalanceThreshold" INTEGER,
    "lowBalanceNotifiedAt" DATETIME
);
INSERT INTO "new_User" ("createdAt", "email", "id", "lowBalanceNotifiedAt", "lowBalanceThreshold", "name", "passwordHash", "periodEnd", "periodStart", "plan", "referralCode", "stripeCustomerId", "timeZone") SELECT "createdAt", "email", "id", "lowBalanceNotifiedAt", "lowBalanceThreshold", "name", "passwordHash", "periodEnd", "periodStart", "plan", "referralCode", "stripeCustomerId", "timeZone" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_stripeCustomerId_key" ON "User"("stripeCustomerId");
CREATE UNIQUE INDEX "User_referralCode_key" ON "User"("referralCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "HoldAllocation_bucketId_idx" ON "HoldAllocation"("bucketId");

