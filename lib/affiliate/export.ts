import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import { customerLabel } from "./queries";

export const AFFILIATE_CSV_COLUMNS = [
  "date",
  "customer",
  "kind",
  "payment_usd",
  "commission_usd",
  "state",
  "approved_from",
  "payout_id",
] as const;

const usd = (cents: number) => (cents / 100).toFixed(2);

/** Every earning of the affiliate (commissions, clawbacks, returned transfers), oldest first, as CSV; dates are UTC ISO days. */
export async function affiliateCsv(affiliateId: string) {
  const earnings = await db().affiliateEarning.findMany({
    where: { affiliateId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return stringify(
    earnings.map((earning) => [
      earning.createdAt.toISOString().slice(0, 10),
      earning.refereeId ? customerLabel(affiliateId, earning.refereeId) : "",
      earning.kind.toLowerCase(),
      usd(earning.paymentCents),
      usd(earning.cents),
      earning.status.toLowerCase(),
      earning.approvesAt.toISOString().slice(0, 10),
      earning.payoutId ?? "",
    ]),
    { header: true, columns: [...AFFILIATE_CSV_COLUMNS] },
  );
}
