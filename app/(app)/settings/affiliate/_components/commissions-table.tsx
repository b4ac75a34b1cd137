import { Download } from "lucide-react";
import { formatUsd } from "@/config/plans";
import { formatDate } from "@/components/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AffiliateDashboard } from "@/lib/affiliate/queries";

const STATUS = {
  PENDING: { label: "Pending", tone: "accent" },
  APPROVED: { label: "Approved", tone: "success" },
  PAID: { label: "Paid", tone: "muted" },
  REVERSED: { label: "Reversed", tone: "danger" },
} satisfies Record<string, { label: string; tone: BadgeTone }>;

interface CommissionsTableProps {
  commissions: AffiliateDashboard["commissions"];
  timeZone: string;
}

export function CommissionsTable({ commissions, timeZone }: CommissionsTableProps) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Commissions</CardTitle>
        <CardDescription>
          One per payment of a customer you referred; customers are shown without their names. Newest first.
        </CardDescription>
        {commissions.length > 0 && (
          <a
            href="/api/affiliate/export"
            download
            className={buttonClasses({ variant: "secondary", size: "sm", className: "mt-2 self-start" })}
          >
            <Download aria-hidden />
            Export CSV
          </a>
        )}
      </CardHeader>
      <CardContent>
        {commissions.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No commissions yet: they appear when someone you referred pays.
          </p>
        ) : (
          <div className="-mx-5 overflow-x-auto sm:-mx-6">
            <table className="w-full min-w-[36rem] text-sm">
              <thead className="text-left text-xs text-muted-foreground">
                <tr className="border-b border-border">
                  <th className="px-5 py-2 font-medium sm:px-6">Date</th>
                  <th className="px-2 py-2 font-medium">Customer</th>
                  <th className="px-2 py-2 text-right font-medium">Payment</th>
                  <th className="px-2 py-2 text-right font-medium">Commission</th>
                  <th className="px-5 py-2 font-medium sm:px-6">State</th>
                </tr>
              </thead>
              <tbody>
                {commissions.map((commission) => (
                  <tr key={commission.id} className="border-b border-border last:border-0">
                    <td className="px-5 py-2.5 whitespace-nowrap sm:px-6">
                      {formatDate(commission.createdAt, timeZone)}
                    </td>
                    <td className="px-2 py-2.5">
                      {commission.customer ?? "A transfer to you"}
                      {commission.kind === "CLAWBACK" && (
                        <span className="text-muted-foreground"> · taken back after a refund</span>
                      )}
                      {commission.kind === "RETURNED" && (
                        <span className="text-muted-foreground"> · came back, to be paid again</span>
                      )}
                    </td>
                    <td className="px-2 py-2.5 text-right tabular-nums">{formatUsd(commission.paymentCents)}</td>
                    <td className="px-2 py-2.5 text-right tabular-nums">{formatUsd(commission.cents)}</td>
                    <td className="px-5 py-2.5 sm:px-6">
                      <Badge tone={STATUS[commission.status].tone}>{STATUS[commission.status].label}</Badge>
                      {commission.status === "PENDING" && (
                        <span className="ml-2 text-xs text-muted-foreground">
                          {commission.disputed
                            ? "disputed: waits for the bank's decision"
                            : `until ${formatDate(commission.approvesAt, timeZone)}`}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
