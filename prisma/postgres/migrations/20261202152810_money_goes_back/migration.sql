-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('PACK', 'PLAN');

-- CreateEnum
CREATE TYPE "ReversalKind" AS ENUM ('REFUND', 'DISPUTE', 'REFERRAL');

-- CreateEnum
CREATE TYPE "ReversalStatus" AS ENUM ('TAKEN', 'FROZEN', 'RELEASED');

-- CreateEnum
CREATE TYPE "PaymentProblemKind" AS ENUM ('DECLINED', 'ACTION_REQUIRED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LedgerType" ADD VALUE 'REVERSE';
ALTER TYPE "LedgerType" ADD VALUE 'RESTORE';

-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN     "reversalId" TEXT;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "paymentIntentId" TEXT;

-- CreateTable
CREATE TABLE "Payment" (
    "paymentIntentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "grantKey" TEXT NOT NULL,
    "credits" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("paymentIntentId")
);

-- CreateTable
CREATE TABLE "CreditReversal" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "paymentIntentId" TEXT NOT NULL,
    "kind" "ReversalKind" NOT NULL,
    "status" "ReversalStatus" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "credits" INTEGER NOT NULL,
    "taken" INTEGER NOT NULL,
    "shortfall" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "CreditReversal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentProblem" (
    "invoiceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "PaymentProblemKind" NOT NULL,
    "plan" "Plan" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "invoiceUrl" TEXT,
    "failedAt" TIMESTAMP(3) NOT NULL,
    "emailedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "PaymentProblem_pkey" PRIMARY KEY ("invoiceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_sourceId_key" ON "Payment"("sourceId");

-- CreateIndex
CREATE INDEX "Payment_userId_paidAt_idx" ON "Payment"("userId", "paidAt");

-- CreateIndex
CREATE INDEX "CreditReversal_userId_createdAt_idx" ON "CreditReversal"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "CreditReversal_paymentIntentId_idx" ON "CreditReversal"("paymentIntentId");

-- CreateIndex
CREATE INDEX "PaymentProblem_userId_resolvedAt_idx" ON "PaymentProblem"("userId", "resolvedAt");

-- CreateIndex
CREATE INDEX "LedgerEntry_reversalId_idx" ON "LedgerEntry"("reversalId");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditReversal" ADD CONSTRAINT "CreditReversal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentProblem" ADD CONSTRAINT "PaymentProblem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

