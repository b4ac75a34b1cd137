-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimedUntil" TIMESTAMP(3),
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "html" TEXT,
ADD COLUMN     "lastError" TEXT;

-- CreateIndex
CREATE INDEX "EmailOutbox_sentAt_failedAt_createdAt_idx" ON "EmailOutbox"("sentAt", "failedAt", "createdAt");

