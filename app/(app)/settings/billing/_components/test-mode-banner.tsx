import { FlaskConical } from "lucide-react";
import { TestModeTools } from "./test-mode-tools";

/** Test mode (no Stripe keys): says that nothing is charged, and lets people fast-forward a period or let an unpaid renewal run out of retries. */
export function TestModeBanner({
  subscription,
}: {
  subscription: { cancelAtPeriodEnd: boolean; status: string } | null;
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-3 rounded-xl border border-dashed border-accent/40 bg-surface px-4 py-3 text-sm">
      <FlaskConical aria-hidden className="size-5 shrink-0 text-accent" />
      <div className="min-w-48 flex-1">
        <p className="font-semibold">Test mode</p>
        <p className="text-muted-foreground">Payments are simulated; no card is charged.</p>
      </div>
      <TestModeTools subscription={subscription} />
    </div>
  );
}
