-- AlterTable
ALTER TABLE "Referral" ADD COLUMN "via" TEXT;

-- CreateTable
CREATE TABLE "Affiliate" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "termsVersion" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Affiliate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AffiliateClick" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "affiliateId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "visitorHash" TEXT NOT NULL,
    "via" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AffiliateClick_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AffiliateEarning" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "affiliateId" TEXT NOT NULL,
    "refereeId" TEXT NOT NULL,
    "paymentIntentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "paymentCents" INTEGER NOT NULL,
    "earnedCents" INTEGER NOT NULL,
    "cents" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "approvesAt" DATETIME NOT NULL,
    "payoutId" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "AffiliateEarning_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AffiliatePayout" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "affiliateId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "cents" INTEGER NOT NULL,
    "credits" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AffiliatePayout_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AffiliateClick_affiliateId_createdAt_idx" ON "AffiliateClick"("affiliateId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AffiliateClick_affiliateId_day_visitorHash_key" ON "AffiliateClick"("affiliateId", "day", "visitorHash");

-- CreateIndex
CREATE INDEX "AffiliateEarning_affiliateId_status_idx" ON "AffiliateEarning"("affiliateId", "status");

-- CreateIndex
CREATE INDEX "AffiliateEarning_status_approvesAt_idx" ON "AffiliateEarning"("status", "approvesAt");

-- CreateIndex
CREATE INDEX "AffiliateEarning_paymentIntentId_idx" ON "AffiliateEarning"("paymentIntentId");

-- CreateIndex
CREATE INDEX "AffiliateEarning_payoutId_idx" ON "AffiliateEarning"("payoutId");

-- CreateIndex
CREATE INDEX "AffiliatePayout_affiliateId_createdAt_idx" ON "AffiliatePayout"("affiliateId", "createdAt");

