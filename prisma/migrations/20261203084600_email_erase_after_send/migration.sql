-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EmailOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "html" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedUntil" DATETIME,
    "lastError" TEXT,
    "failedAt" DATETIME,
    "eraseAfterSend" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_EmailOutbox" ("attempts", "body", "claimedUntil", "createdAt", "failedAt", "html", "id", "lastError", "sentAt", "subject", "to") SELECT "attempts", "body", "claimedUntil", "createdAt", "failedAt", "html", "id", "lastError", "sentAt", "subject", "to" FROM "EmailOutbox";
DROP TABLE "EmailOutbox";
ALTER TABLE "new_EmailOutbox" RENAME TO "EmailOutbox";
CREATE INDEX "EmailOutbox_sentAt_failedAt_createdAt_idx" ON "EmailOutbox"("sentAt", "failedAt", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

