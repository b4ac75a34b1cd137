-- AlterTable
ALTER TABLE "AffiliatePayout" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0;

