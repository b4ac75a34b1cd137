-- DropIndex
DROP INDEX "UsageEvent_userId_createdAt_idx";

-- CreateIndex
CREATE INDEX "UsageEvent_userId_createdAt_id_idx" ON "UsageEvent"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "UsageEvent_userId_groupId_idx" ON "UsageEvent"("userId", "groupId");

