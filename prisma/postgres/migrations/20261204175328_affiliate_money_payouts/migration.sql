-- CreateEnum
CREATE TYPE "PayoutStatus" AS ENUM ('SENDING', 'PAID', 'FAILED');

-- AlterEnum
ALTER TYPE "EarningKind" ADD VALUE 'RETURNED';

-- AlterEnum
ALTER TYPE "PayoutMethod" ADD VALUE 'TRANSFER';

-- AlterTable
ALTER TABLE "Affiliate" ADD COLUMN     "connectAccountId" TEXT,
ADD COLUMN     "connectDetailsSubmitted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "transfersEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "AffiliateEarning" ADD COLUMN     "disputed" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "refereeId" DROP NOT NULL,
ALTER COLUMN "paymentIntentId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "AffiliatePayout" ADD COLUMN     "failure" TEXT,
ADD COLUMN     "reversedCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "status" "PayoutStatus" NOT NULL DEFAULT 'PAID',
ADD COLUMN     "transferId" TEXT;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "cardFingerprint" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Affiliate_connectAccountId_key" ON "Affiliate"("connectAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "AffiliatePayout_transferId_key" ON "AffiliatePayout"("transferId");

-- CreateIndex
CREATE INDEX "AffiliatePayout_status_idx" ON "AffiliatePayout"("status");

-- CreateIndex
CREATE INDEX "Payment_cardFingerprint_idx" ON "Payment"("cardFingerprint");

