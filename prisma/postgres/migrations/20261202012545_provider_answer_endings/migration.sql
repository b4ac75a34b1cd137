-- AlterTable
ALTER TABLE "CouncilAnswer" ADD COLUMN     "cutOff" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "poster" BYTEA,
ADD COLUMN     "posterMimeType" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "cutOff" BOOLEAN NOT NULL DEFAULT false;

