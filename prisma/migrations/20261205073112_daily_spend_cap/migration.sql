-- AlterTable (columns added in place: redefining the tables would drop their CHECK constraints)
ALTER TABLE "Hold" ADD COLUMN "dayStart" DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00 +00:00';
ALTER TABLE "Wallet" ADD COLUMN "dailyCap" INTEGER;
ALTER TABLE "Wallet" ADD COLUMN "dayUsed" INTEGER NOT NULL DEFAULT 0 CONSTRAINT "Wallet_dayUsed_nonnegative" CHECK ("dayUsed" >= 0);
ALTER TABLE "Wallet" ADD COLUMN "dayStart" DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00 +00:00';
ALTER TABLE "Wallet" ADD COLUMN "dayEnd" DATETIME NOT NULL DEFAULT '1970-01-01 00:00:00 +00:00';
