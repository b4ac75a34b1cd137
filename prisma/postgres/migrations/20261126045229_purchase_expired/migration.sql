-- AlterEnum
ALTER TYPE "PurchaseStatus" ADD VALUE 'EXPIRED';

