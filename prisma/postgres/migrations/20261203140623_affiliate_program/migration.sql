-- CreateEnum
CREATE TYPE "EarningKind" AS ENUM ('COMMISSION', 'CLAWBACK');

-- CreateEnum
CREATE TYPE "EarningStatus" AS ENUM ('PENDING', 'APPROVED', 'PAID', 'REVERSED');

-- CreateEnum
CREATE TYPE "PayoutMethod" AS ENUM ('CREDITS');

-- AlterEnum
ALTER TYPE "BucketSource" ADD VALUE 'AFFILIATE';

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "via" TEXT;

-- CreateTable
CREATE TABLE "Affiliate" (
    "userId" TEXT NOT NULL,
    "termsVersion" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Affiliate_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "AffiliateClick" (
    "id" TEXT NOT NULL,
    "affiliateId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "visitorHash" TEXT NOT NULL,
    "via" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AffiliateClick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AffiliateEarning" (
    "id" TEXT NOT NULL,
    "affiliateId" TEXT NOT NULL,
    "refereeId" TEXT NOT NULL,
    "paymentIntentId" TEXT NOT NULL,
    "kind" "EarningKind" NOT NULL,
    "paymentCents" INTEGER NOT NULL,
    "earnedCents" INTEGER NOT NULL,
    "cents" INTEGER NOT NULL,
    "status" "EarningStatus" NOT NULL,
    "approvesAt" TIMESTAMP(3) NOT NULL,
    "payoutId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AffiliateEarning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AffiliatePayout" (
    "id" TEXT NOT NULL,
    "affiliateId" TEXT NOT NULL,
    "method" "PayoutMethod" NOT NULL,
    "cents" INTEGER NOT NULL,
    "credits" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AffiliatePayout_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Affiliate" ADD CONSTRAINT "Affiliate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AffiliateClick" ADD CONSTRAINT "AffiliateClick_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AffiliateEarning" ADD CONSTRAINT "AffiliateEarning_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AffiliatePayout" ADD CONSTRAINT "AffiliatePayout_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

