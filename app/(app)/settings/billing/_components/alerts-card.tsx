import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { BillingOverview } from "@/components/billing/overview";
import { AlertsForm } from "./alerts-form";

export function AlertsCard({ alerts }: { alerts: BillingOverview["alerts"] }) {
  return (
    <Card id="alerts" className="scroll-mt-20">
      <CardHeader>
        <CardTitle>Alerts and limits</CardTitle>
        <CardDescription>Both are optional, and apply to your whole balance.</CardDescription>
      </CardHeader>
      <CardContent>
        <AlertsForm {...alerts} />
      </CardContent>
    </Card>
  );
}
