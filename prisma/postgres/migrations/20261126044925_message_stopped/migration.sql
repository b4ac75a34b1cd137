-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "stopped" BOOLEAN NOT NULL DEFAULT false;

