-- AlterTable
ALTER TABLE "LedgerEntry" ADD COLUMN "reversalId" TEXT;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN "paymentIntentId" TEXT;

-- CreateTable
CREATE TABLE "Payment" (
    "paymentIntentId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "grantKey" TEXT NOT NULL,
    "credits" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "paidAt" DATETIME NOT NULL,
    CONSTRAINT "Payment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CreditReversal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "paymentIntentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "credits" INTEGER NOT NULL,
    "taken" INTEGER NOT NULL,
    "shortfall" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    CONSTRAINT "CreditReversal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PaymentProblem" (
    "invoiceId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "invoiceUrl" TEXT,
    "failedAt" DATETIME NOT NULL,
    "emailedAt" DATETIME,
    "resolvedAt" DATETIME,
    CONSTRAINT "PaymentProblem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

