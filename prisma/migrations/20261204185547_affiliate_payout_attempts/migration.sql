-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AffiliatePayout_affiliateId_fkey" FOREIGN KEY ("affiliateId") REFERENCES "Affiliate" ("userId") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AffiliatePayout" ("affiliateId", "cents", "createdAt", "credits", "failure", "id", "method", "reversedCents", "status", "transferId") SELECT "affiliateId", "cents", "createdAt", "credits", "failure", "id", "method", "reversedCents", "status", "transferId" FROM "AffiliatePayout";
DROP TABLE "AffiliatePayout";
ALTER TABLE "new_AffiliatePayout" RENAME TO "AffiliatePayout";
CREATE UNIQUE INDEX "AffiliatePayout_transferId_key" ON "AffiliatePayout"("transferId");
CREATE INDEX "AffiliatePayout_affiliateId_createdAt_idx" ON "AffiliatePayout"("affiliateId", "createdAt");
CREATE INDEX "AffiliatePayout_status_idx" ON "AffiliatePayout"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

