-- AlterTable
ALTER TABLE "Payment" ADD COLUMN "cardFingerprint" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Affiliate" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "termsVersion" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "connectAccountId" TEXT,
    "connectDetailsSubmitted" BOOLEAN NOT NULL DEFAULT false,
    "transfersEnabled" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Affiliate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Affiliate" ("joinedAt", "termsVersion", "userId") SELECT "joinedAt", "termsVersion", "userId" FROM "Affiliate";
DROP TABLE "Affiliate";
ALTER TABLE "new_Affiliate" RENAME TO "Affiliate";
CREATE UNIQUE INDEX "Affiliate_connectAccountId_key" ON "Affiliate"("connectAccountId");
CREATE TABLE "new_AffiliateEarning" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "affiliateId" TEXT NOT NULL,
    "refereeId" TEXT,
    "paymentIntentId" TEXT,
    "kind" TEXT NOT NULL,
    "paymentCents" INTEGER NOT NULL,
    "earnedCents" INTEGER NOT NULL,
    "cents" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "approvesAt" DATETIME NOT NULL,
    "payoutId" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "AffiliateEarning_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AffiliateEarning" ("affiliateId", "approvesAt", "cents", "createdAt", "earnedCents", "id", "kind", "paymentCents", "paymentIntentId", "payoutId", "refereeId", "status") SELECT "affiliateId", "approvesAt", "cents", "createdAt", "earnedCents", "id", "kind", "paymentCents", "paymentIntentId", "payoutId", "refereeId", "status" FROM "AffiliateEarning";
DROP TABLE "AffiliateEarning";
ALTER TABLE "new_AffiliateEarning" RENAME TO "AffiliateEarning";
CREATE INDEX "AffiliateEarning_affiliateId_status_idx" ON "AffiliateEarning"("affiliateId", "status");
CREATE INDEX "AffiliateEarning_status_approvesAt_idx" ON "AffiliateEarning"("status", "approvesAt");
CREATE INDEX "AffiliateEarning_paymentIntentId_idx" ON "AffiliateEarning"("paymentIntentId");
CREATE INDEX "AffiliateEarning_payoutId_idx" ON "AffiliateEarning"("payoutId");
CREATE TABLE "new_AffiliatePayout" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "affiliateId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PAID',
    "cents" INTEGER NOT NULL,
    "credits" INTEGER NOT NULL,
    "transferId" TEXT,
    "reversedCents" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AffiliatePayout_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AffiliatePayout" ("affiliateId", "cents", "createdAt", "credits", "id", "method") SELECT "affiliateId", "cents", "createdAt", "credits", "id", "method" FROM "AffiliatePayout";
DROP TABLE "AffiliatePayout";
ALTER TABLE "new_AffiliatePayout" RENAME TO "AffiliatePayout";
CREATE UNIQUE INDEX "AffiliatePayout_transferId_key" ON "AffiliatePayout"("transferId");
CREATE INDEX "AffiliatePayout_affiliateId_createdAt_idx" ON "AffiliatePayout"("affiliateId", "createdAt");
CREATE INDEX "AffiliatePayout_status_idx" ON "AffiliatePayout"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Payment_cardFingerprint_idx" ON "Payment"("cardFingerprint");

