import { formatNumber } from "@/components/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { KindUsage } from "@/lib/activity/usage";
import { KIND_LABELS } from "../_lib/present";
import { KindChartLoader } from "./charts-loader";
import { DataTable } from "./data-table";

/** Credits per kind of request (chat, image, video, council, agent). */
export function ByKind({ byKind }: { byKind: KindUsage[] }) {
  const kinds = byKind.map((usage) => ({
    kind: usage.kind,
    label: KIND_LABELS[usage.kind],
    credits: usage.credits,
    requests: usage.requests,
  }));
  return (
    <Card className="flex flex-col">
      <CardHeader>
        <CardTitle>By kind</CardTitle>
        <CardDescription>Credits spent on each kind of request.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-1 flex-col justify-between gap-4">
        <KindChartLoader data={{ kinds }} />
        <DataTable
          summary="Show as a table"
          caption="Requests and credits by kind"
          columns={[
            { label: "Kind" },
            { label: "Requests", numeric: true },
            { label: "Refunded", numeric: true },
            { label: "Credits", numeric: true },
          ]}
          rows={byKind.map((usage) => [
            KIND_LABELS[usage.kind],
            formatNumber(usage.requests),
            formatNumber(usage.refunded),
            formatNumber(usage.credits),
          ])}
        />
      </CardContent>
    </Card>
  );
}
