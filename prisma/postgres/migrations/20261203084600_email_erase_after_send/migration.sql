-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "eraseAfterSend" BOOLEAN NOT NULL DEFAULT false;

