-- AlterTable
ALTER TABLE "Media" ADD COLUMN "poster" BLOB;
ALTER TABLE "Media" ADD COLUMN "posterMimeType" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CouncilAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "credits" INTEGER NOT NULL DEFAULT 0,
    "cutOff" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    CONSTRAINT "CouncilAnswer_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CouncilRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CouncilAnswer" ("content", "credits", "error", "id", "model", "requestId", "runId", "status") SELECT "content", "credits", "error", "id", "model", "requestId", "runId", "status" FROM "CouncilAnswer";
DROP TABLE "CouncilAnswer";
ALTER TABLE "new_CouncilAnswer" RENAME TO "CouncilAnswer";
CREATE UNIQUE INDEX "CouncilAnswer_runId_model_key" ON "CouncilAnswer"("runId", "model");
CREATE TABLE "new_Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "model" TEXT,
    "requestId" TEXT,
    "credits" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'SUCCEEDED',
    "stopped" BOOLEAN NOT NULL DEFAULT false,
    "cutOff" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Message" ("content", "conversationId", "createdAt", "credits", "id", "model", "requestId", "role", "status", "stopped") SELECT "content", "conversationId", "createdAt", "credits", "id", "model", "requestId", "role", "status", "stopped" FROM "Message";
DROP TABLE "Message";
ALTER TABLE "new_Message" RENAME TO "Message";
CREATE INDEX "Message_conversationId_createdAt_idx" ON "Message"("conversationId", "createdAt");
CREATE UNIQUE INDEX "Message_conversationId_requestId_key" ON "Message"("conversationId", "requestId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

