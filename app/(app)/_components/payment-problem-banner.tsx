import { CreditCard } from "lucide-react";
import { PLANS, formatUsd } from "@/config/plans";
import { formatDate, formatNumber } from "@/components/format";
import { getPaymentProblem } from "@/lib/billing/queries";
import { UpdateCardButton } from "./update-card-button";

/**
 * On every signed-in page while a plan payment is not collected: what failed, when, and what it
 * would bring. Every plan keeps every feature, so what is at stake is the month's credits.
 */
export async function PaymentProblemBanner({ userId, timeZone }: { userId: string; timeZone: string }) {
  const problem = await getPaymentProblem({ userId });
  if (!problem) return null;
  const amount = formatUsd(problem.amountCents);
  const on = formatDate(problem.failedAt, timeZone);
  const credits = formatNumber(PLANS[problem.plan].monthlyCredits);
  return (
    <div role="alert" className="border-b border-danger/25 bg-danger-subtle text-danger">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2.5 pr-2 pl-4 text-sm sm:pr-4 sm:pl-6 lg:pl-10">
        <CreditCard aria-hidden className="size-4 shrink-0" />
        {problem.kind === "DECLINED" ? (
          <p className="min-w-0 flex-1">
            <span className="font-semibold">
              Your payment of {amount} failed on {on}.
            </span>{" "}
            Update your card to get your {credits} monthly credits.
          </p>
        ) : (
          <p className="min-w-0 flex-1">
            <span className="font-semibold">Confirm your payment of {amount}.</span> Your bank asked on {on} to confirm
            it; once you do, your {credits} monthly credits arrive.
          </p>
        )}
        {problem.kind === "ACTION_REQUIRED" && problem.invoiceUrl ? (
          <a href={problem.invoiceUrl} className="shrink-0 rounded font-semibold underline underline-offset-2">
            Confirm your payment
          </a>
        ) : (
          <UpdateCardButton />
        )}
      </div>
    </div>
  );
}
